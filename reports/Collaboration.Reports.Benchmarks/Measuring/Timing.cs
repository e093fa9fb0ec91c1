namespace Collaboration.Reports.Benchmarks.Measuring;

/// <summary>
/// Times a writer in this process: one warm-up run (JIT; left out for a step that is run once), then <c>runs</c> measured runs after a full collection each.
/// The peak working set is the process's, from its start or from <c>resetPeak</c> on.
/// </summary>
internal static class Timing
{
    public static Measurement Measure(string series, string tool, int runs, Func<Stream, long> write, bool resetPeak = false, bool warmUp = true)
    {
        if (resetPeak)
        {
            // The input read before (the export's JSON, or the answers the summary counted) is garbage now; the peak
            // from here on is the writer's.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            PeakWorkingSet.Reset();
        }

        if (warmUp)
        {
            using var first = new MemoryStream();
            write(first);
        }

        var times = new List<double>();
        var allocations = new List<long>();
        long size = 0;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var output = new MemoryStream();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            size = write(output);
            clock.Stop();
            allocations.Add(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        using var self = Process.GetCurrentProcess();
        return new Measurement(series, tool, runs, Median(times), times.Min(), (long)Median([.. allocations.Select(a => (double)a)]), self.PeakWorkingSet64, size);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
