namespace Collaboration.Simulator.Bench;

/// <summary>
/// The bursts of one size against one bot, each by fresh voters, summarised: the median burst's votes per second
/// (an odd number of bursts, so the median is one burst's figure, not a mean of two), their spread, and latencies
/// pooled over all bursts. Pooled rather than the median burst's: every burst has the same number of voters, so
/// pooling weighs them equally, and the p99 of a single 100-vote burst is its second-slowest vote, as noisy as the
/// burst's rate; over eleven bursts it rests on eleven slow votes.
/// </summary>
internal sealed class BurstSeries(string target, int votes, IReadOnlyList<BurstResult> bursts)
{
    public string Target => target;

    /// <summary>Voters per burst.</summary>
    public int Votes => votes;

    public IReadOnlyList<BurstResult> Bursts => bursts;

    public LatencyStats Latency { get; } = new(bursts.SelectMany(b => b.Latencies));

    /// <summary>The median burst's votes per second.</summary>
    public double Throughput => Rates()[Bursts.Count / 2];

    public double SlowestThroughput => Rates()[0];

    public double FastestThroughput => Rates()[^1];

    public int Unconfirmed => Bursts.Sum(b => b.Unconfirmed);

    /// <summary>Voters of all bursts with a stored answer; null for the baseline.</summary>
    public int? Stored => Bursts[0].Stored is null ? null : Bursts.Sum(b => b.Stored ?? 0);

    public int Lost => Bursts.Sum(b => b.Lost);

    private double[] Rates() => [.. Bursts.Select(b => b.Throughput).Order()];
}
