namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Teams throttles a card update; meanwhile another vote schedules the next one. The slow, older update must not land
/// after the newer one and leave the shared card showing totals that are no longer true.
/// </summary>
public sealed class CardRefreshOrderTests : BotTest
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());

    [Fact]
    public async Task A_throttled_card_update_never_overwrites_newer_totals()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var first = TeamsUser.Create("Erste Person");
        var second = TeamsUser.Create("Zweite Person");
        await forum.OnboardAsync(first);
        await forum.OnboardAsync(second);
        var poll = forum.Item("bedeutung");

        // Totals show from three respondents on, so three vote before the two whose updates race.
        foreach (var earlier in new[] { "Frühe Person 1", "Frühe Person 2", "Frühe Person 3" })
        {
            var user = TeamsUser.Create(earlier);
            await forum.OnboardAsync(user);
            await forum.RateAsync(user, "bedeutung", 3);
        }

        await Bot.WaitForUpdateAsync(forum.Chat, poll, "Antwortende: 3", UpdateTimeout);

        // The next refresh (one interval, 0.2 s, after the vote) is answered 429 and retries after 2 s.
        Bot.Connector.FailNextRequests(1, ConnectorFault.Throttled(TimeSpan.FromSeconds(2)));
        await forum.RateAsync(first, "bedeutung", 4);
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        await forum.RateAsync(second, "bedeutung", 5);

        await Bot.WaitForUpdateAsync(forum.Chat, poll, "Antwortende: 5", UpdateTimeout);
        // Long enough for the throttled update to have been retried, had it still been waiting.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var shown = Bot.Connector.GetActivity(forum.Chat.ConversationId, poll.ActivityId);
        Assert.NotNull(shown);
        var text = CardReader.Text(BotHost.Cards(shown.Value.GetRawText())[0]);
        Assert.Contains("Antwortende: 5", text, StringComparison.Ordinal);
        Assert.Equal(1, Bot.Connector.ThrottledRequests);
    }
}
