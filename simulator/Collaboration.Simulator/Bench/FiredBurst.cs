namespace Collaboration.Simulator.Bench;

/// <summary>One burst as the voters saw it: its wall time, each vote's latency and whether it was confirmed, in voter order.</summary>
internal sealed record FiredBurst(TimeSpan Wall, TimeSpan[] Latencies, bool[] Confirmed)
{
    public int ConfirmedCount => Confirmed.Count(c => c);
}
