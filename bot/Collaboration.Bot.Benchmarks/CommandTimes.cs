namespace Collaboration.Bot.Benchmarks;

/// <summary>A moderator command's latencies alone and during the fan-out, and whether all of the latter ended before it did.</summary>
internal sealed record CommandTimes(IReadOnlyList<TimeSpan> Alone, IReadOnlyList<TimeSpan> During, bool AllWithinFanOut)
{
    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Alone.Count == 0 || During.Count == 0)
        {
            return;
        }

        var c = CultureInfo.InvariantCulture;
        var (aloneMedian, aloneMax) = (Percentile(Alone, 0.5), Percentile(Alone, 1.0));
        var (duringMedian, duringMax) = (Percentile(During, 0.5), Percentile(During, 1.0));
        output.WriteLine(string.Create(c, $"command \"{CommandLatency.Command}\" x{Alone.Count}: alone p50 {aloneMedian:F0} ms, max {aloneMax:F0} ms"));
        output.WriteLine(string.Create(c, $"  during the fan-out     p50 {duringMedian:F0} ms, max {duringMax:F0} ms{(AllWithinFanOut ? string.Empty : "   (some ended after the fan-out)")}"));
        output.WriteLine(string.Create(c, $"command ratio during / alone  p50 {duringMedian / aloneMedian:F2}  max {duringMax / aloneMax:F2}"));
    }

    private static double Percentile(IReadOnlyList<TimeSpan> times, double share)
    {
        var sorted = times.Select(t => t.TotalMilliseconds).Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
