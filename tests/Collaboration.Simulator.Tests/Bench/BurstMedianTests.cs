using Collaboration.Simulator.Bench;
using Collaboration.Simulator.People;

namespace Collaboration.Simulator.Tests.Bench;

/// <summary>
/// The vote benchmark's figures per size: how many bursts a size gets, which voters each burst has, and how the
/// bursts are summed up (the median burst's rate, the spread, latencies pooled).
/// </summary>
public sealed class BurstMedianTests
{
    // 100 votes in 50, 20, 40, 25 and 100 ms: 2,000, 5,000, 2,500, 4,000 and 1,000 votes per second.
    private static readonly int[] BurstMilliseconds = [50, 20, 40, 25, 100];

    [Theory]
    [InlineData(100, 11)]
    [InlineData(1000, 5)]
    [InlineData(10000, 5)]
    [InlineData(250, 5)]
    [InlineData(10, 101)]
    public void Short_bursts_are_repeated_until_they_hold_about_a_thousand_votes_odd_and_at_least_five(int size, int expected) =>
        Assert.Equal(expected, BurstCount.For(size, requested: 0));

    [Fact]
    public void A_count_asked_for_is_taken_as_it_is() => Assert.Equal(1, BurstCount.For(100, requested: 1));

    [Fact]
    public void Every_burst_has_voters_of_its_own_and_the_warm_up_voters_are_none_of_them()
    {
        var voters = BurstVoters.Create(size: 4, bursts: 3, warmUp: 5, seed: 7);

        var bursts = Enumerable.Range(0, 3).Select(voters.Burst).ToList();

        Assert.All(bursts, b => Assert.Equal(4, b.Count));
        var ids = bursts.SelectMany(b => b).Concat(voters.WarmUp).Select(p => p.User.AadObjectId).ToList();
        Assert.Equal(17, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(17, voters.Everyone.Count);
    }

    [Fact]
    public void One_burst_keeps_the_voters_the_benchmark_always_had()
    {
        var voters = BurstVoters.Create(size: 4, bursts: 1, warmUp: 5, seed: 7);
        var people = Population.Create(9, 7);

        Assert.Equal(people.Take(4).Select(p => p.User.AadObjectId), voters.Burst(0).Select(p => p.User.AadObjectId));
        Assert.Equal(people.Skip(4).Select(p => p.User.AadObjectId), voters.WarmUp.Select(p => p.User.AadObjectId));
    }

    [Fact]
    public void The_figure_is_the_median_burst_its_spread_the_slowest_and_fastest_and_latencies_pooled()
    {
        var bursts = BurstMilliseconds
            .Select((ms, i) => Burst(TimeSpan.FromMilliseconds(ms), latencyMs: i + 1))
            .ToList();

        var series = new BurstSeries("bot, SQLite", 100, bursts);

        Assert.Equal(2500, series.Throughput, precision: 6);
        Assert.Equal(1000, series.SlowestThroughput, precision: 6);
        Assert.Equal(5000, series.FastestThroughput, precision: 6);
        Assert.Equal(TimeSpan.FromMilliseconds(3), series.Latency.Percentile(50));
        Assert.Equal(TimeSpan.FromMilliseconds(5), series.Latency.Percentile(99));
        Assert.Equal(5 * 99, series.Stored);
        Assert.Equal(5, series.Unconfirmed);
        Assert.Equal(5, series.Lost);
    }

    [Fact]
    public void The_bare_bot_stores_nothing_so_its_series_has_no_stored_count()
    {
        var series = new BurstSeries("bare bot", 100, [new BurstResult("bare bot", 100, TimeSpan.FromMilliseconds(20), [TimeSpan.FromMilliseconds(1)], 100, null, 0)]);

        Assert.Null(series.Stored);
        Assert.Equal(5000, series.Throughput, precision: 6);
    }

    /// <summary>100 votes, every one with the same latency; 99 confirmed and stored, one of them lost.</summary>
    private static BurstResult Burst(TimeSpan wall, int latencyMs) =>
        new("bot, SQLite", 100, wall, [.. Enumerable.Repeat(TimeSpan.FromMilliseconds(latencyMs), 100)], Confirmed: 99, Stored: 99, Lost: 1);
}
