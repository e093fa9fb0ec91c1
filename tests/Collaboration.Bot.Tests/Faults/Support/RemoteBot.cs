using System.Net.Http.Headers;
using System.Text;
using Collaboration.Fakes.Processes;

namespace Collaboration.Bot.Tests.Faults.Support;

/// <summary>
/// The built bot in a process of its own, driven over real HTTP the way Teams drives it, with the fake Bot Connector
/// receiving what it sends. Transport failures (the process killed, the port closed) are outcomes, not exceptions,
/// because the fault tests count them.
/// </summary>
internal sealed class RemoteBot : IAsyncDisposable
{
    private readonly HttpClient _http;

    private RemoteBot(BotProcess process, FakeConnectorService connector)
    {
        Process = process;
        Connector = connector;

        // Well above Teams' invoke timeout: a request that hangs shows up as a hang, not as a quiet retry.
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
    }

    public BotProcess Process { get; }

    public FakeConnectorService Connector { get; }

    public static async Task<RemoteBot> StartAsync(ThrowAwayStore store, string logPath, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var connector = await FakeConnectorService.StartAsync();
        try
        {
            var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>(), StringComparer.Ordinal)
            {
                // Per-request logs of ASP.NET would drown the bot's own lines in the diagnosis log.
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            };
            var process = await BotProcess.StartAsync(new BotProcessOptions
            {
                StoreProvider = store.Provider,
                StoreConnectionString = store.ConnectionString,
                LogPath = logPath,
                Settings = all,
            });
            return new RemoteBot(process, connector);
        }
        catch
        {
            await connector.DisposeAsync();
            throw;
        }
    }

    public TeamsActivities NewChat(string locale = "de-DE") => new(Connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2", locale);

    /// <summary>Posts an activity; any answer, or the transport failure, comes back as the outcome.</summary>
    public async Task<BotAnswer> PostAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        try
        {
            using var response = await _http.PostAsync(Process.MessagesEndpoint, content, cancellationToken);
            return new BotAnswer(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken), null);
        }
        catch (HttpRequestException failure)
        {
            return new BotAnswer(null, string.Empty, failure.HttpRequestError.ToString());
        }
    }

    /// <summary>Sends a chat message (which must be answered 200) and returns the cards the bot posted into the chat meanwhile.</summary>
    public async Task<IReadOnlyList<PostedCard>> SayAsync(TeamsActivities chat, TeamsUser user, string text)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var before = Connector.ReceivedActivities.Count;
        var answer = await PostAsync(chat.Message(user, text));
        Assert.True(answer.Status == HttpStatusCode.OK, $"\"{text}\" answered {answer.Describe()}. Bot log {Process.LogPath}:\n{Process.Tail()}");
        return PostedSince(chat, before);
    }

    /// <summary>The cards the bot sent into the chat after the connector had received <paramref name="before"/> activities.</summary>
    public IReadOnlyList<PostedCard> PostedSince(TeamsActivities chat, int before)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return [.. Connector.ReceivedActivities.Skip(before)
            .Where(a => a.ConversationId == chat.ConversationId && a.Operation is ConnectorOperation.Send or ConnectorOperation.Reply)
            .SelectMany(a => BotHost.Cards(a.Activity.GetRawText()).Select(card => new PostedCard(a.ActivityId, card)))];
    }

    /// <summary>Asks /health/ready; null when the bot does not answer at all.</summary>
    public async Task<(HttpStatusCode Status, string Body)?> ReadinessAsync()
    {
        try
        {
            using var response = await _http.GetAsync(Process.ReadinessUrl);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Process.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
