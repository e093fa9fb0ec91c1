namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// A chat's series changes hands only by its moderator's confirmed decision: "serie anlegen" by anyone else leaves
/// the binding as it is, and after a confirmed rebind the old series' cards in that chat are refused.
/// </summary>
public abstract class SeriesTakeoverTests : BotTest
{
    [Fact]
    public async Task A_chat_member_who_moderates_nothing_cannot_take_over_the_chats_series_and_the_binding_stays()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var member = TeamsUser.Create("Tom Übernahme");

        var refusal = await forum.SayAsync(member, "serie anlegen " + BuiltInSeries.Name);

        Assert.Contains("Nur ihre Moderation", Assert.Single(refusal).Text, StringComparison.Ordinal);
        Assert.Equal(Guid.Parse(forum.SeriesId), await BoundSeriesAsync(forum.Chat));
        var moderatorStillModerates = await forum.SayAsync(forum.Moderator, "frage schließen bedeutung");
        Assert.Contains("geschlossen", Assert.Single(moderatorStillModerates).Text, StringComparison.Ordinal);
        var memberStillCannot = await forum.SayAsync(member, "frage öffnen bedeutung");
        Assert.Contains("Moderatorinnen und Moderatoren", Assert.Single(memberStillCannot).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_moderator_rebinds_only_after_confirming_and_the_old_series_cards_are_then_refused()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var participant = TeamsUser.Create("Paula Teilnehmerin");
        await forum.OnboardAsync(participant);

        var asked = await forum.SayAsync(forum.Moderator, "serie anlegen " + BuiltInSeries.Name);

        Assert.Contains("Wenn Sie bestätigen", Assert.Single(asked).Text, StringComparison.Ordinal);
        Assert.Equal(Guid.Parse(forum.SeriesId), await BoundSeriesAsync(forum.Chat));

        var confirmed = await Bot.ExecuteAsync(forum.Chat, forum.Moderator, "createSeries", CardReader.ActionData(asked.Single().Card, "createSeries"));

        var newSeries = Assert.Single(CardReader.DataValues(confirmed, "seriesId"));
        Assert.NotEqual(forum.SeriesId, newSeries);
        Assert.Equal(Guid.Parse(newSeries), await BoundSeriesAsync(forum.Chat));

        var oldVote = await forum.RateAsync(participant, "bedeutung", 4);
        Assert.Contains("nicht (mehr) mit diesem Chat verbunden", CardReader.Text(oldVote), StringComparison.Ordinal);
        var oldStart = await Bot.ExecuteAsync(forum.Chat, forum.Moderator, "closeForum", new JsonObject { ["seriesId"] = forum.SeriesId, ["forum"] = "1" });
        Assert.Contains("nicht (mehr) mit diesem Chat verbunden", CardReader.Text(oldStart), StringComparison.Ordinal);
        var store = Bot.Services.GetRequiredService<IForumStore>();
        Assert.Equal(0, await store.CountResponsesAsync(Guid.Parse(forum.ItemId("bedeutung")), CancellationToken.None));
        Assert.Equal(Forums.Series.ForumStatus.Open, (await store.GetSeriesAsync(Guid.Parse(forum.SeriesId), CancellationToken.None))!.FindForum(1)!.Status);
    }

    [Fact]
    public async Task A_confirmation_for_a_series_the_chat_no_longer_has_rebinds_nothing()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var first = await forum.SayAsync(forum.Moderator, "serie anlegen " + BuiltInSeries.Name);
        var stale = CardReader.ActionData(first.Single().Card, "createSeries");
        var second = await forum.SayAsync(forum.Moderator, "serie anlegen " + BuiltInSeries.Name);
        var confirmed = await Bot.ExecuteAsync(forum.Chat, forum.Moderator, "createSeries", CardReader.ActionData(second.Single().Card, "createSeries"));
        var bound = await BoundSeriesAsync(forum.Chat);

        var again = await Bot.ExecuteAsync(forum.Chat, forum.Moderator, "createSeries", stale);

        Assert.Contains("nicht (mehr) mit diesem Chat verbunden", CardReader.Text(again), StringComparison.Ordinal);
        Assert.Equal(Guid.Parse(Assert.Single(CardReader.DataValues(confirmed, "seriesId"))), bound);
        Assert.Equal(bound, await BoundSeriesAsync(forum.Chat));
    }

    private Task<Guid?> BoundSeriesAsync(TeamsActivities chat) =>
        Bot.Services.GetRequiredService<IConversationStore>().GetBoundSeriesAsync(chat.ConversationId, CancellationToken.None);
}

public sealed class SeriesTakeoverOnSqliteTests : SeriesTakeoverTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class SeriesTakeoverOnPostgresTests(PostgresFixture postgres) : SeriesTakeoverTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
