namespace Collaboration.Simulator.Bench;

/// <summary>Percentiles of measured latencies (nearest rank).</summary>
internal sealed class LatencyStats(IEnumerable<TimeSpan> latencies)
{
    private readonly TimeSpan[] _sorted = [.. latencies.Order()];

    public TimeSpan Percentile(double p)
    {
        if (_sorted.Length == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = (int)Math.Ceiling(p / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }

    public TimeSpan Max => _sorted.Length == 0 ? TimeSpan.Zero : _sorted[^1];
}
