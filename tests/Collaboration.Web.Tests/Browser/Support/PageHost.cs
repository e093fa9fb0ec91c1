using System.Net.Http.Headers;
using System.Text;
using Collaboration.Fakes.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Collaboration.Web.Tests.Browser.Support;

/// <summary>
/// The bot's real host (Program, with the web app mapped) on a real loopback port, so that Chromium can load its pages:
/// Development, SQLite in a temp folder, the fake Bot Connector as every activity's service URL. Chats are set up the
/// way Teams would: activities posted to /api/messages.
/// </summary>
internal sealed class PageHost : IAsyncDisposable
{
    // 32 fixed bytes, as the bot's integration tests use: anonymous keys are stable within a test.
    private static readonly string AnonymitySecret = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    private readonly WebApplicationFactory<Program> _factory;
    private readonly DirectoryInfo _folder;
    private readonly HttpClient _client;

    private PageHost(WebApplicationFactory<Program> factory, FakeConnectorService connector, DirectoryInfo folder, Uri address)
    {
        _factory = factory;
        Connector = connector;
        _folder = folder;
        Address = address;
        _client = new HttpClient { BaseAddress = address };
    }

    /// <summary>The host's own address (http://127.0.0.1:port/).</summary>
    public Uri Address { get; }

    public FakeConnectorService Connector { get; }

    /// <param name="allowLocalSignIn">Web:AllowLocalSignIn: pages may run outside Teams with ?user= (Development only).</param>
    public static async Task<PageHost> StartAsync(bool allowLocalSignIn, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var connector = await FakeConnectorService.StartAsync();
        var folder = Directory.CreateTempSubdirectory("forum-web-");
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development")
                .UseSetting("Bot:AllowUnauthenticated", "true")
                .UseSetting("ForumStore:Provider", "Sqlite")
                .UseSetting("ForumStore:ConnectionString", $"Data Source={Path.Combine(folder.FullName, "forums.db")}")
                .UseSetting("Bot:AnonymitySecret", AnonymitySecret)
                .UseSetting("Bot:CardUpdateInterval", "00:00:00.200")
                .UseSetting("Bot:AnyoneMayCreateSeries", "true")
                .UseSetting("Web:AllowLocalSignIn", allowLocalSignIn ? "true" : "false")
                .UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }
        });
        // Loopback only: the browser is the one client, and nothing else on the machine should reach the test host.
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PageHost(factory, connector, folder, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>A new group chat with the bot.</summary>
    public TeamsActivities NewChat(string locale = "de-DE") => new(Connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2", locale);

    /// <summary>The address of a page, e.g. "/tab/answer?item=…".</summary>
    public Uri Page(string pathAndQuery) => new(Address, pathAndQuery);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }

        return _client.SendAsync(request);
    }

    /// <summary>Posts an activity as Teams would; the bot's replies arrive at the fake connector.</summary>
    public async Task PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
