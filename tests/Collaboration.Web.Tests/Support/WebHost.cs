using System.Net.Http.Headers;
using System.Text;
using Collaboration.Fakes.Connector;
using Collaboration.Web.Teams;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Collaboration.Web.Tests.Support;

/// <summary>
/// The real bot host (Program) with the web app in memory: chats go in over /api/messages and out to a fake Bot
/// Connector on loopback; pages' requests go to /api/forum with a Teams SSO token signed by <see cref="EntraKeys"/>
/// or, where a test allows it, the Development local sign-in headers. Teams' membership answers come from <see cref="Teams"/>.
/// </summary>
public sealed class WebHost : IAsyncDisposable
{
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    private static readonly string AnonymitySecret = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    private WebHost(FakeConnectorService connector, EntraKeys keys, TestTeams teams, WebApplicationFactory<Program> factory)
    {
        Connector = connector;
        Keys = keys;
        Teams = teams;
        _factory = factory;
        _client = factory.CreateClient();
    }

    public FakeConnectorService Connector { get; }

    public EntraKeys Keys { get; }

    public TestTeams Teams { get; }

    public IServiceProvider Services => _factory.Services;

    /// <param name="localSignIn">Web:AllowLocalSignIn (the factory runs in Development).</param>
    /// <param name="realTeams">
    /// Membership and meeting prompts through the bot's own implementations and the fake Bot Connector's member API,
    /// rather than <see cref="TestTeams"/>.
    /// </param>
    public static async Task<WebHost> StartAsync(ThrowAwayStore store, bool localSignIn = true, bool realTeams = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var connector = await FakeConnectorService.StartAsync();
        var keys = await EntraKeys.StartAsync();
        var teams = new TestTeams();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Bot:AllowUnauthenticated", "true")
                .UseSetting("ForumStore:Provider", store.Provider)
                .UseSetting("ForumStore:ConnectionString", store.ConnectionString)
                .UseSetting("Bot:AnonymitySecret", AnonymitySecret)
                .UseSetting("Bot:CardUpdateInterval", "00:00:00.200")
                .UseSetting("Bot:AnyoneMayCreateSeries", "true")
                .UseSetting("Logging:LogLevel:Default", "Warning")
                .UseSetting("Web:AppId", EntraKeys.AppId)
                .UseSetting("Web:TenantId", EntraKeys.TenantId)
                .UseSetting("Web:OpenIdConfiguration", keys.Configuration.ToString())
                .UseSetting("Web:AllowLocalSignIn", localSignIn ? "true" : "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }

            if (!realTeams)
            {
                web.ConfigureTestServices(services =>
                {
                    services.AddSingleton<ITeamsConversations>(teams);
                    services.AddSingleton<IMeetingPrompts>(teams);
                });
            }
        });
        return new WebHost(connector, keys, teams, factory);
    }

    /// <summary>A new group chat with the bot, whose members Teams will confirm.</summary>
    public TeamsActivities NewChat(params TeamsUser[] members) => NewChat(null, members);

    /// <summary>A new group chat that is a meeting's chat when <paramref name="meetingId"/> is given.</summary>
    public TeamsActivities NewChat(string? meetingId, params TeamsUser[] members)
    {
        var chat = new TeamsActivities(Connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        Teams.AddChat(chat.ConversationId, meetingId: meetingId, members: members);
        Connector.AddMembers(chat.ConversationId, members.Select(m => new ConnectorMember(m.Id, m.Name, m.AadObjectId, TenantId: TeamsActivities.TenantId)));
        return chat;
    }

    /// <summary>Sends a chat message and returns the cards the bot posted into the chat in answer.</summary>
    public async Task<IReadOnlyList<JsonNode>> SayAsync(TeamsActivities chat, TeamsUser user, string text)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var before = Connector.ReceivedActivities.Count;
        using var response = await PostActivityAsync(chat.Message(user, text));
        Assert.True(response.IsSuccessStatusCode, $"POST of \"{text}\" answered {(int)response.StatusCode}");
        return CardsSince(chat, before);
    }

    /// <summary>Presses an Action.Execute button; returns the card of the invoke response.</summary>
    public async Task<JsonNode> ExecuteAsync(TeamsActivities chat, TeamsUser user, string verb, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(chat);
        using var response = await PostActivityAsync(chat.Execute(user, verb, data));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"invoke answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["value"]!;
    }

    /// <summary>The cards the bot sent into the chat (new posts, not updates) after the first <paramref name="before"/> connector activities.</summary>
    public IReadOnlyList<JsonNode> CardsSince(TeamsActivities chat, int before)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return [.. Connector.ReceivedActivities.Skip(before)
            .Where(a => a.ConversationId == chat.ConversationId && a.Operation is ConnectorOperation.Send or ConnectorOperation.Reply)
            .SelectMany(a => Cards(a.Activity.GetRawText()))];
    }

    /// <summary>A page's call to the API, signed in with a Teams SSO token for <paramref name="user"/> (or <paramref name="token"/>).</summary>
    public Task<ApiAnswer> ApiAsync(HttpMethod method, string path, TeamsUser? user, TeamsActivities? chat, JsonNode? body = null, string language = "de",
        string? token = null, bool local = false, string? rawBody = null)
    {
        var request = new HttpRequestMessage(method, new Uri("/api/forum" + path, UriKind.Relative));
        if (local && user is not null)
        {
            request.Headers.Add("X-Local-User", user.AadObjectId);
            request.Headers.Add("X-Local-Name", user.Name);
        }
        else if (token is not null || user is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Keys.Token(user!));
        }

        if (chat is not null)
        {
            request.Headers.Add("X-Conversation-Id", chat.ConversationId);
        }

        request.Headers.AcceptLanguage.ParseAdd(language);
        if (body is not null || rawBody is not null)
        {
            request.Content = new StringContent(rawBody ?? body!.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        return SendAsync(request);
    }

    public Task<ApiAnswer> GetAsync(string path, TeamsUser user, TeamsActivities chat, string language = "de") =>
        ApiAsync(HttpMethod.Get, path, user, chat, language: language);

    public Task<ApiAnswer> PostAsync(string path, TeamsUser user, TeamsActivities chat, JsonNode? body = null, string language = "de") =>
        ApiAsync(HttpMethod.Post, path, user, chat, body ?? new JsonObject(), language);

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
        await Keys.DisposeAsync();
    }

    /// <summary>A GET without sign-in whose answer is no JSON (an image): status, content type and the bytes.</summary>
    public async Task<(HttpStatusCode Status, string? ContentType, byte[] Body)> GetBytesAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Any request to the host (the add-in's API, for one), answered as <see cref="ApiAnswer"/>; the request is disposed.</summary>
    public async Task<ApiAnswer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await _client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            JsonNode? json = null;
            if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true && text.Length > 0)
            {
                json = JsonNode.Parse(text);
            }

            return new ApiAnswer(response.StatusCode, json, text, response.Headers.RetryAfter?.Delta);
        }
    }

    private async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        return await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    private static List<JsonNode> Cards(string activityJson) =>
        JsonNode.Parse(activityJson)?["attachments"] is JsonArray attachments
            ? [.. attachments.Where(a => (string?)a?["contentType"] == AdaptiveCardType && a?["content"] is not null).Select(a => a!["content"]!.DeepClone())]
            : [];
}

/// <summary>The API's answer: status, JSON body (null when there is none) and the raw text.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, JsonNode? Json, string Text, TimeSpan? RetryAfter)
{
    public string? Code => (string?)Json?["code"];

    public string? Message => (string?)Json?["message"];
}
