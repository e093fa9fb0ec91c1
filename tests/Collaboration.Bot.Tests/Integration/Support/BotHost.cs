using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>
/// The real bot host (Program) in memory, talking to a fake Bot Connector on loopback. Activities go in over
/// HTTP at /api/messages; every card the bot sends or answers with is kept so a test can validate them all.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    // 32 fixed bytes: answers' anonymous keys are stable across hosts of one test.
    private static readonly string AnonymitySecret = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;
    private readonly ConcurrentQueue<JsonNode> _invokeCards = new();

    private readonly bool _ownsConnector;

    private BotHost(FakeConnectorService connector, WebApplicationFactory<Program> factory, bool ownsConnector)
    {
        Connector = connector;
        _factory = factory;
        _ownsConnector = ownsConnector;
        _client = factory.CreateClient();
    }

    public FakeConnectorService Connector { get; }

    /// <summary>The bot's own services, for a test that sets up state the chat cannot reach (e.g. a failed outbox job).</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts the host on <paramref name="store"/>; <paramref name="settings"/> and <paramref name="services"/> add to or replace its
    /// configuration and services. A host given <paramref name="connector"/> (a restart on the same database) leaves it running when disposed.
    /// <paramref name="configuration"/> adds configuration sources after the host's own (as a Key Vault would be).
    /// </summary>
    public static async Task<BotHost> StartAsync(
        ThrowAwayStore store, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, FakeConnectorService? connector = null,
        Action<IConfigurationBuilder>? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ownsConnector = connector is null;
        connector ??= await FakeConnectorService.StartAsync();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            // WebApplicationFactory runs in Development, the one environment where the explicit opt-in is honoured.
            web.UseSetting("Bot:AllowUnauthenticated", "true")
                .UseSetting("ForumStore:Provider", store.Provider)
                .UseSetting("ForumStore:ConnectionString", store.ConnectionString)
                .UseSetting("Bot:AnonymitySecret", AnonymitySecret)
                .UseSetting("Bot:CardUpdateInterval", "00:00:00.200")
                // As in local Development runs: every test user may create a series; tests of the default switch it off.
                .UseSetting("Bot:AnyoneMayCreateSeries", "true")
                .UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }

            if (services is not null)
            {
                web.ConfigureTestServices(services);
            }

            if (configuration is not null)
            {
                web.ConfigureAppConfiguration((_, config) => configuration(config));
            }
        });
        return new BotHost(connector, factory, ownsConnector);
    }

    /// <summary>A new group chat with the bot.</summary>
    public TeamsActivities NewChat(string locale = "de-DE") =>
        new(Connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2", locale);

    /// <summary>A new personal (one-to-one) chat with the bot.</summary>
    public TeamsActivities NewPersonalChat(string locale = "de-DE") =>
        new(Connector.ServiceUrl, $"a:{Guid.NewGuid():N}", locale, personal: true);

    /// <summary>Posts an activity (a message or an invoke) and returns the response and every attachment the bot sent into the chat meanwhile.</summary>
    public async Task<(HttpStatusCode Status, IReadOnlyList<JsonNode> Attachments)> SendAsync(TeamsActivities chat, JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var before = Connector.ReceivedActivities.Count;
        using var response = await PostAsync(activity);
        return (response.StatusCode, [.. Connector.ReceivedActivities.Skip(before)
            .Where(a => a.ConversationId == chat.ConversationId && a.Operation is ConnectorOperation.Send or ConnectorOperation.Reply)
            .SelectMany(a => JsonNode.Parse(a.Activity.GetRawText())?["attachments"] as JsonArray ?? [])
            .Select(a => a!.DeepClone())]);
    }

    /// <summary>Fetches a link the bot handed out, by its path and query (the host name is the bot's own).</summary>
    public Task<HttpResponseMessage> GetAsync(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return _client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));
    }

    /// <summary>Posts any body to /api/messages, with the content type and Authorization header given (none if null).</summary>
    public async Task<HttpResponseMessage> PostRawAsync(HttpContent content, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await _client.SendAsync(request);
    }

    /// <summary>Fetches one of the bot's own pages as a browser with that Accept-Language would.</summary>
    public async Task<HttpResponseMessage> GetPageAsync(string pathAndQuery, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return await _client.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        return await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    /// <summary>Sends a chat message and returns the cards the bot posted into the chat in answer.</summary>
    public async Task<IReadOnlyList<PostedCard>> SayAsync(TeamsActivities chat, TeamsUser user, string text)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var before = Connector.ReceivedActivities.Count;
        using var response = await PostAsync(chat.Message(user, text));
        Assert.True(response.IsSuccessStatusCode, $"POST of \"{text}\" answered {(int)response.StatusCode}");

        // The adapter sends a message turn's replies before it answers the POST, so they are all here now.
        return [.. Connector.ReceivedActivities.Skip(before)
            .Where(a => a.ConversationId == chat.ConversationId && a.Operation is ConnectorOperation.Send or ConnectorOperation.Reply)
            .SelectMany(a => Cards(a.Activity.GetRawText()).Select(card => new PostedCard(a.ActivityId, card)))];
    }

    /// <summary>Waits until the posted card is updated in place (PUT to its activity id) to show <paramref name="expected"/>.</summary>
    public async Task<JsonNode> WaitForUpdateAsync(TeamsActivities chat, PostedCard posted, string expected, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(posted);
        var updates = await Connector.WaitForAsync(
            a => a.Operation == ConnectorOperation.Update && a.ConversationId == chat.ConversationId && a.ActivityId == posted.ActivityId
                && Cards(a.Activity.GetRawText()).Any(card => CardReader.Text(card).Contains(expected, StringComparison.Ordinal)),
            1,
            timeout);
        return Cards(updates[0].Activity.GetRawText())[0];
    }

    /// <summary>Presses an Action.Execute button and returns the card of the invoke response (which must be a 200 card).</summary>
    public async Task<JsonNode> ExecuteAsync(TeamsActivities chat, TeamsUser user, string verb, JsonObject data) =>
        await InvokeAsync(chat, chat?.Execute(user, verb, data) ?? throw new ArgumentNullException(nameof(chat)));

    /// <summary>Posts a prepared invoke (e.g. a duplicate delivery) and returns its response card.</summary>
    public async Task<JsonNode> InvokeAsync(TeamsActivities chat, JsonObject invoke)
    {
        ArgumentNullException.ThrowIfNull(chat);
        using var response = await PostAsync(invoke);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"invoke answered {(int)response.StatusCode}: {body}");
        var json = JsonNode.Parse(body)!;
        Assert.Equal(200, (int?)json["statusCode"]);
        Assert.Equal(AdaptiveCardType, (string?)json["type"]);
        var card = json["value"] ?? throw new Xunit.Sdk.XunitException("invoke response without a card: " + body);
        _invokeCards.Enqueue(card.DeepClone());
        return card;
    }

    /// <summary>Every card the bot sent to the connector (updates included) and answered invokes with passes the Adaptive Cards SDK.</summary>
    public async Task AssertEveryCardValidAsync()
    {
        var cards = Connector.ReceivedActivities
            .Where(a => a.Operation != ConnectorOperation.Delete)
            .SelectMany(a => Cards(a.Activity.GetRawText()))
            .Concat(_invokeCards)
            .Select(c => c.ToJsonString())
            .ToList();
        if (cards.Count == 0)
        {
            return;
        }

        var problems = await AdaptiveCardValidator.ValidateAsync(cards);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        if (_ownsConnector)
        {
            await Connector.DisposeAsync();
        }
    }

    /// <summary>The adaptive cards attached to an activity as it went over the wire.</summary>
    public static IReadOnlyList<JsonNode> Cards(string activityJson)
    {
        var activity = JsonNode.Parse(activityJson);
        return activity?["attachments"] is JsonArray attachments
            ? [.. attachments.Where(a => (string?)a?["contentType"] == AdaptiveCardType && a?["content"] is not null).Select(a => a!["content"]!.DeepClone())]
            : [];
    }
}
