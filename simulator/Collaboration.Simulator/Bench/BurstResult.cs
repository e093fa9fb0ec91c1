namespace Collaboration.Simulator.Bench;

/// <summary>One burst of votes against one bot, by voters who had not voted on the item before.</summary>
/// <param name="Latencies">Each invoke's time from the moment it could go until its answer arrived.</param>
/// <param name="Confirmed">Invokes answered 200 with the bot's confirmation (for the baseline: with its fixed card).</param>
/// <param name="Stored">This burst's voters with an answer in the store afterwards; null for the baseline, which stores nothing.</param>
/// <param name="Lost">Confirmed votes whose voter has no stored answer (traced per respondent); 0 for the baseline.</param>
internal sealed record BurstResult(string Target, int Votes, TimeSpan Wall, IReadOnlyList<TimeSpan> Latencies, int Confirmed, int? Stored, int Lost)
{
    public double Throughput => Votes / Wall.TotalSeconds;

    /// <summary>Invokes that got no confirmation (an error status or no answer within the client's timeout).</summary>
    public int Unconfirmed => Votes - Confirmed;
}
