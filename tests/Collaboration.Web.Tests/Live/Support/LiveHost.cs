using System.Net.Http.Headers;
using System.Text;
using Collaboration.Forums.Application;
using Collaboration.Forums.Store;
using Collaboration.Fakes.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Collaboration.Web.Tests.Live.Support;

/// <summary>
/// The real bot host (Program) with its web app, in memory, on a given database and fake Bot Connector: card invokes
/// go in at /api/messages, live streams come out of /api/forum/live with the Development local sign-in.
/// </summary>
internal sealed class LiveHost : IAsyncDisposable
{
    // 32 fixed bytes: answers' anonymous keys agree between the hosts of one test.
    private static readonly string AnonymitySecret = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    private readonly WebApplicationFactory<Program> _factory;

    private LiveHost(WebApplicationFactory<Program> factory, FakeConnectorService connector)
    {
        _factory = factory;
        Connector = connector;
        Client = factory.CreateClient();
    }

    public FakeConnectorService Connector { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public static LiveHost Start(string provider, string connectionString, FakeConnectorService connector, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Bot:AllowUnauthenticated", "true")
                .UseSetting("Web:AllowLocalSignIn", "true")
                .UseSetting("ForumStore:Provider", provider)
                .UseSetting("ForumStore:ConnectionString", connectionString)
                .UseSetting("Bot:AnonymitySecret", AnonymitySecret)
                .UseSetting("Bot:AnyoneMayCreateSeries", "true")
                .UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }
        });
        return new LiveHost(factory, connector);
    }

    public async Task SayAsync(TeamsActivities chat, TeamsUser user, string text) => _ = await PostAsync(chat.Message(user, text));

    /// <returns>The invoke's response (a card).</returns>
    public async Task<string> ExecuteAsync(TeamsActivities chat, TeamsUser user, string verb, JsonObject data) => await PostAsync(chat.Execute(user, verb, data));

    /// <summary>The running forum's items of the series bound to the chat, by template key.</summary>
    public async Task<(Guid SeriesId, IReadOnlyDictionary<string, Guid> Items)> RunningForumAsync(TeamsActivities chat)
    {
        var series = await Services.GetRequiredService<ConversationScope>().BoundAsync(chat.ConversationId, CancellationToken.None)
            ?? throw new InvalidOperationException("The chat has no series.");
        var running = series.OpenForum ?? throw new InvalidOperationException("No forum runs.");
        return (series.Id, running.Items.ToDictionary(i => i.Key, i => i.Id));
    }

    /// <summary>A GET as a page in local mode sends it: the user, the conversation and the language in headers.</summary>
    public static HttpRequestMessage PageRequest(string pathAndQuery, TeamsActivities chat, TeamsUser user, string language = "de")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative));
        request.Headers.Add("X-Local-User", user.AadObjectId);
        request.Headers.Add("X-Local-Name", user.Name);
        request.Headers.Add("X-Conversation-Id", chat.ConversationId);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

    public async Task<LiveEvents> OpenLiveAsync(string query, TeamsActivities chat, TeamsUser user, string language = "de")
    {
        using var request = PageRequest("/api/forum/live?" + query, chat, user, language);
        var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new LiveEvents(response);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<string> PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"the bot answered {(int)response.StatusCode}: {body}");
        return body;
    }
}
