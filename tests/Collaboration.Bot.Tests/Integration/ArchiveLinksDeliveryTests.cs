using Collaboration.Forums.Outbox;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// The bot's side of the links card: a post-archive-links message from graph-sync becomes one card in its chat. A
/// chat the bot cannot post into any more is given up at once and gets no error card; a passing failure is retried.
/// </summary>
public sealed class ArchiveLinksDeliveryTests : IAsyncLifetime
{
    private const string Title = "Die Ergebnisse von Forum 1 sind in SharePoint abgelegt";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ThrowAwayStore _store = ThrowAwayStore.Sqlite();
    private BotHost _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHost.StartAsync(_store, new Dictionary<string, string?>
        {
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Outbox:BaseBackoff"] = "00:00:00",
            ["Outbox:MaxAttempts"] = "3",
        });

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task A_chat_the_bot_was_removed_from_is_given_up_at_once_and_gets_no_error_card()
    {
        var forum = await RunningForum.StartAsync(_bot);
        var sentBefore = _bot.Connector.SendsTo(forum.Chat.ConversationId);
        _bot.Connector.FailNextRequests(1, new ConnectorFault(HttpStatusCode.Forbidden));

        var message = await EnqueueLinksAsync(forum);
        var given = await WaitForAsync(message.Id, e => e.Poison);

        Assert.Equal(1, given.Attempts);
        Assert.Contains("Forbidden", given.LastError, StringComparison.Ordinal);
        Assert.Equal(sentBefore, _bot.Connector.SendsTo(forum.Chat.ConversationId));
    }

    [Fact]
    public async Task A_passing_failure_is_retried_and_the_links_arrive_once()
    {
        var forum = await RunningForum.StartAsync(_bot);
        _bot.Connector.FailNextRequests(1, new ConnectorFault(HttpStatusCode.BadGateway));

        var message = await EnqueueLinksAsync(forum);
        await WaitForAsync(message.Id, e => e.DoneAt is not null);

        var cards = _bot.Connector.ReceivedActivities
            .Where(a => a.ConversationId == forum.Chat.ConversationId)
            .SelectMany(a => BotHost.Cards(a.Activity.GetRawText()))
            .Where(c => CardReader.Text(c).Contains(Title, StringComparison.Ordinal));
        Assert.Single(cards);
    }

    private async Task<OutboxMessage> EnqueueLinksAsync(RunningForum forum)
    {
        var links = new ArchiveLinksPayload(Guid.Parse(forum.SeriesId), 1, new LocalizedText("Chancen und Bedarfe"),
            [new ArchivedFile("results.json", new Uri("https://contoso.sharepoint.com/sites/archive/results.json"))], forum.Chat.ConversationId);
        var message = OutboxMessage.PostArchiveLinks(Guid.NewGuid(), links, DateTimeOffset.UtcNow);
        await _bot.Services.GetRequiredService<IOutbox>().EnqueueAsync(message, CancellationToken.None);
        return message;
    }

    private async Task<OutboxEntry> WaitForAsync(Guid id, Func<OutboxEntry, bool> condition)
    {
        var outbox = _bot.Services.GetRequiredService<IOutbox>();
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await outbox.GetAsync(id, CancellationToken.None) is { } entry && condition(entry))
            {
                return entry;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Outbox message {id} did not reach the expected state: {await outbox.GetAsync(id, CancellationToken.None)}");
    }
}
