
namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Issue #17, item 1: a vote is decided on the series snapshot this instance kept, without reading whether it is still
/// current, and with the voter's participant row it kept; the batch that writes it checks both in its transaction. A
/// moderator's change on another instance must therefore reach the next vote on this one, whichever way it goes
/// (closed refuses, opened again accepts), and so must a voter's own change of group made there and a rebind of the chat.
/// </summary>
public abstract class TwoInstanceVoteTests
{
    protected abstract Task<ThrowAwayStore> CreateStoreAsync();

    [Fact]
    public async Task A_question_closed_and_opened_again_on_another_instance_is_seen_by_the_next_vote_here()
    {
        await using var bots = await TwoBots.StartAsync(await CreateStoreAsync());
        var (a, onA, onB, voter) = (bots.A, bots.OnA, bots.OnB, bots.Voter);
        // A keeps its snapshot of the series from here on.
        var first = await onA.RateAsync(voter, "bedeutung", 2);

        await onB.SayAsync(onA.Moderator, "frage schließen bedeutung");
        var whileClosed = await onA.RateAsync(voter, "bedeutung", 3);
        await onB.SayAsync(onA.Moderator, "frage öffnen bedeutung");
        var reopened = await onA.RateAsync(voter, "bedeutung", 5);

        Assert.Contains("Ihre Antwort", CardReader.Text(first), StringComparison.Ordinal);
        Assert.Contains("nicht (mehr) offen", CardReader.Text(whileClosed), StringComparison.Ordinal);
        Assert.Contains("Ihre Antwort", CardReader.Text(reopened), StringComparison.Ordinal);
        var stored = await a.Services.GetRequiredService<IForumStore>().GetResponsesAsync(Guid.Parse(onA.ItemId("bedeutung")), CancellationToken.None);
        Assert.Equal(new RatingAnswer(5), Assert.Single(stored).Answer);
    }

    [Fact]
    public async Task A_voter_who_onboards_again_on_another_instance_is_counted_in_the_new_group_by_the_next_vote_here()
    {
        await using var bots = await TwoBots.StartAsync(await CreateStoreAsync());
        var (a, onA, onB, voter) = (bots.A, bots.OnA, bots.OnB, bots.Voter);
        // A keeps the voter's participant row from here on. The poll is a named item: its answers carry the group.
        await ChooseAsync(a, onA, voter, "beratung");

        await onB.OnboardAsync(voter, "landkreis");
        var after = await ChooseAsync(a, onA, voter, "vernetzung");

        Assert.Contains("Ihre Antwort", CardReader.Text(after), StringComparison.Ordinal);
        var stored = Assert.Single(await a.Services.GetRequiredService<IForumStore>().GetResponsesAsync(Guid.Parse(onA.ItemId(Poll)), CancellationToken.None));
        Assert.Equal("landkreis", stored.GroupKey);
        Assert.Equal(["vernetzung"], Assert.IsType<ChoiceAnswer>(stored.Answer).ChoiceKeys);
    }

    [Fact]
    public async Task A_chat_rebound_on_another_instance_refuses_the_old_series_card_at_the_next_vote_here()
    {
        await using var bots = await TwoBots.StartAsync(await CreateStoreAsync());
        var (a, b, onA, onB, voter) = (bots.A, bots.B, bots.OnA, bots.OnB, bots.Voter);
        // A keeps the chat's binding from here on.
        var first = await onA.RateAsync(voter, "bedeutung", 2);

        var asked = await onB.SayAsync(onA.Moderator, "serie anlegen " + BuiltInSeries.Name);
        var rebound = await b.ExecuteAsync(onA.Chat, onA.Moderator, "createSeries", CardReader.ActionData(asked.Single().Card, "createSeries"));
        var oldCard = await onA.RateAsync(voter, "bedeutung", 4);

        Assert.Contains("Ihre Antwort", CardReader.Text(first), StringComparison.Ordinal);
        Assert.NotEqual(onA.SeriesId, Assert.Single(CardReader.DataValues(rebound, "seriesId")));
        Assert.Contains("nicht (mehr) mit diesem Chat verbunden", CardReader.Text(oldCard), StringComparison.Ordinal);
        var stored = await a.Services.GetRequiredService<IForumStore>().GetResponsesAsync(Guid.Parse(onA.ItemId("bedeutung")), CancellationToken.None);
        Assert.Equal(new RatingAnswer(2), Assert.Single(stored).Answer);
    }

    private const string Poll = "rolle-zentrum";

    /// <summary>Two bot instances on one store, a running forum seen through each, and a voter onboarded on A.</summary>
    private sealed class TwoBots : IAsyncDisposable
    {
        private readonly ThrowAwayStore _store;

        private TwoBots(ThrowAwayStore store, BotHost a, BotHost b, RunningForum onA, TeamsUser voter) =>
            (_store, A, B, OnA, OnB, Voter) = (store, a, b, onA, onA.Through(b), voter);

        public BotHost A { get; }

        public BotHost B { get; }

        public RunningForum OnA { get; }

        public RunningForum OnB { get; }

        public TeamsUser Voter { get; }

        public static async Task<TwoBots> StartAsync(ThrowAwayStore store)
        {
            var a = await BotHost.StartAsync(store);
            var b = await BotHost.StartAsync(store, connector: a.Connector);
            var onA = await RunningForum.StartAsync(a);
            var voter = TeamsUser.Create("Wählerin");
            await onA.OnboardAsync(voter);
            return new TwoBots(store, a, b, onA, voter);
        }

        public async ValueTask DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
            await _store.DisposeAsync();
        }
    }

    private static Task<JsonNode> ChooseAsync(BotHost host, RunningForum forum, TeamsUser voter, string choice) =>
        host.ExecuteAsync(forum.Chat, voter, "answer", new JsonObject { ["itemId"] = forum.ItemId(Poll), ["in.choice"] = choice });
}

public sealed class TwoInstanceVoteOnSqliteTests : TwoInstanceVoteTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class TwoInstanceVoteOnPostgresTests(PostgresFixture postgres) : TwoInstanceVoteTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
