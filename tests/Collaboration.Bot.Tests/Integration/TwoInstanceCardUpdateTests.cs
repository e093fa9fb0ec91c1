using Collaboration.Fakes.Clock;
using Collaboration.Bot.Posting;
using Microsoft.Extensions.Time.Testing;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Issue #16 item 2: two bot instances on one PostgreSQL database, votes of one burst spread over both. Each learns of
/// its own votes, but one instance, not each, updates the shared card. Time passes on a fake clock both hosts share.
/// </summary>
[Collection(PostgresFixture.Collection)]
public sealed class TwoInstanceCardUpdateTests(PostgresFixture postgres)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_burst_of_votes_on_two_instances_gives_one_card_update_not_two()
    {
        await using var store = await ThrowAwayStore.PostgresAsync(postgres);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = FakeClockSettings.With(("Bot:CardUpdateInterval", "00:00:02"));
        await using var a = await BotHost.StartAsync(store, settings, services => services.AddSingleton<TimeProvider>(clock));
        await using var b = await BotHost.StartAsync(store, settings, services => services.AddSingleton<TimeProvider>(clock), a.Connector);
        var forum = await RunningForum.StartAsync(a);
        var poll = forum.Item("bedeutung");

        for (var i = 1; i <= 8; i++)
        {
            var voter = TeamsUser.Create($"Person {i}");
            await forum.OnboardAsync(voter);
            var instance = i % 2 == 0 ? a : b;
            await instance.InvokeAsync(forum.Chat, forum.RatingInvoke(voter, "bedeutung", 4));
        }

        var refreshers = new[] { a, b }.Select(host => host.Services.GetRequiredService<CardRefresher>()).ToList();
        await ClockSteps.AdvanceUntilAsync(clock, Interval, () => CardUpdates.AnyShows(a.Connector, poll, "Antwortende: 8"), "the card to show all eight answers");
        await ClockSteps.AdvanceUntilAsync(clock, Interval, () => refreshers.All(r => r.PendingUpdates == 0), "both refreshers to finish");

        Assert.Equal(1, CardUpdates.Count(a.Connector, poll));
    }
}
