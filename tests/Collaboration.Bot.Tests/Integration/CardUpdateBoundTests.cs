using Collaboration.Fakes.Clock;
using Collaboration.Bot.Posting;
using Microsoft.Extensions.Time.Testing;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Issue #17 item 5: a shared card that many answer while Teams is slow gets one update in flight and at most one
/// waiting, whatever the number of votes and intervals; the newest totals arrive in the end, also after an update failed.
/// Time passes on a fake clock.
/// </summary>
public abstract class CardUpdateBoundTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected abstract Task<ThrowAwayStore> CreateStoreAsync();

    [Fact]
    public async Task While_Teams_is_slow_votes_wait_as_one_pending_update_and_the_last_totals_arrive()
    {
        await using var store = await CreateStoreAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await StartAsync(store, clock);
        var refresher = bot.Services.GetRequiredService<CardRefresher>();
        var forum = await RunningForum.StartAsync(bot);
        var poll = forum.Item("bedeutung");
        var voters = await OnboardAsync(forum, 12);

        bot.Connector.HoldUpdates();
        foreach (var voter in voters.Take(3))
        {
            await forum.RateAsync(voter, "bedeutung", 3);
        }

        await ClockSteps.AdvanceUntilAsync(clock, Interval, () => bot.Connector.HeldUpdates == 1, "the first update to reach the slow Teams");

        // Nine more votes, an interval apart, while Teams holds the first update: they wait as one pending update.
        foreach (var voter in voters.Skip(3))
        {
            await forum.RateAsync(voter, "bedeutung", 5);
            clock.Advance(Interval);
            Assert.Equal(1, refresher.PendingUpdates);
        }

        Assert.Equal(1, bot.Connector.MostHeldUpdates);
        bot.Connector.ReleaseUpdates();
        await ClockSteps.AdvanceUntilAsync(clock, Interval, () => CardUpdates.AnyShows(bot.Connector, poll, "Antwortende: 12"), "the newest totals on the card");
        await ClockSteps.AdvanceUntilAsync(clock, Interval, () => refresher.PendingUpdates == 0, "the refresher to finish");

        // The held update (three answers) and one with all twelve: nothing queued up behind the slow one.
        Assert.Equal(2, CardUpdates.Count(bot.Connector, poll));
        Assert.Equal(1, bot.Connector.MostHeldUpdates);
    }

    [Fact]
    public async Task A_failed_update_is_retried_with_the_newest_totals()
    {
        await using var store = await CreateStoreAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await StartAsync(store, clock);
        var forum = await RunningForum.StartAsync(bot);
        var poll = forum.Item("bedeutung");
        var voters = await OnboardAsync(forum, 4);

        bot.Connector.FailNextRequests(1, new ConnectorFault(HttpStatusCode.BadGateway));
        foreach (var voter in voters.Take(3))
        {
            await forum.RateAsync(voter, "bedeutung", 3);
        }

        await ClockSteps.AdvanceUntilAsync(clock, Interval, () => bot.Connector.Requests.Any(r => r.Method == "PUT" && r.StatusCode == 502), "the update Teams fails");
        await forum.RateAsync(voters[3], "bedeutung", 5);

        await ClockSteps.AdvanceUntilAsync(clock, Interval, () => CardUpdates.AnyShows(bot.Connector, poll, "Antwortende: 4"), "the retried update with the newest totals");
    }

    private static Task<BotHost> StartAsync(ThrowAwayStore store, FakeTimeProvider clock) =>
        BotHost.StartAsync(store, FakeClockSettings.With(("Bot:CardUpdateInterval", "00:00:02")), services => services.AddSingleton<TimeProvider>(clock));

    private static async Task<List<TeamsUser>> OnboardAsync(RunningForum forum, int count)
    {
        var voters = new List<TeamsUser>();
        for (var i = 1; i <= count; i++)
        {
            var voter = TeamsUser.Create($"Person {i}");
            await forum.OnboardAsync(voter);
            voters.Add(voter);
        }

        return voters;
    }
}

public sealed class CardUpdateBoundOnSqliteTests : CardUpdateBoundTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class CardUpdateBoundOnPostgresTests(PostgresFixture postgres) : CardUpdateBoundTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
