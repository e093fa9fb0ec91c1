namespace Collaboration.Simulator.Bench;

/// <summary>One burst of votes against one bot.</summary>
/// <param name="Confirmed">Invokes answered 200 with the bot's confirmation (for the baseline: with its fixed card).</param>
/// <param name="Stored">Answers in the store afterwards; null for the baseline, which stores nothing.</param>
/// <param name="Lost">Confirmed votes whose voter has no stored answer (traced per respondent); 0 for the baseline.</param>
internal sealed record BurstResult(string Target, int Votes, TimeSpan Wall, LatencyStats Latency, int Confirmed, int? Stored, int Lost)
{
    public double Throughput => Votes / Wall.TotalSeconds;

    /// <summary>Invokes that got no confirmation (an error status or no answer within the client's timeout).</summary>
    public int Unconfirmed => Votes - Confirmed;
}
