namespace Collaboration.Simulator.Bench;

/// <summary>One burst of votes against one bot.</summary>
/// <param name="Confirmed">Invokes answered 200 with the bot's confirmation (for the baseline: with its fixed card).</param>
/// <param name="Stored">Answers in the store afterwards; null for the baseline, which stores nothing.</param>
internal sealed record BurstResult(string Target, int Votes, TimeSpan Wall, LatencyStats Latency, int Confirmed, int? Stored)
{
    public double Throughput => Votes / Wall.TotalSeconds;

    public int Lost => Stored is { } stored ? Votes - stored : Votes - Confirmed;
}
