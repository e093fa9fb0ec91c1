namespace Collaboration.Simulator.Bench;

/// <summary>
/// The benchmark's table: each product bot beside the bare bot of the same size, as ratios of the median bursts'
/// rates; the spread is the slowest and the fastest burst, latencies are pooled over the bursts.
/// </summary>
internal static class VoteTable
{
    public static void Write(IReadOnlyList<BurstSeries> results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine("| votes | target | votes/s (median burst) | slowest–fastest burst | bursts | p50 ms | p99 ms | time per vote vs bare bot | p99 vs bare bot | unconfirmed | stored | lost |");
        output.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in results.GroupBy(r => r.Votes))
        {
            var bare = size.FirstOrDefault(r => r.Stored is null);
            foreach (var r in size)
            {
                var ratio = bare is null || r == bare ? "1" : (bare.Throughput / r.Throughput).ToString("0.00", c) + "×";
                var p99 = bare is null || r == bare ? "1" : (r.Latency.Percentile(99) / bare.Latency.Percentile(99)).ToString("0.0", c) + "×";
                output.WriteLine(string.Create(c,
                    $"| {r.Votes:N0} | {r.Target} | {r.Throughput:0} | {r.SlowestThroughput:0}–{r.FastestThroughput:0} | {r.Bursts.Count} | {r.Latency.Percentile(50).TotalMilliseconds:0} | {r.Latency.Percentile(99).TotalMilliseconds:0} | {ratio} | {p99} | {r.Unconfirmed} | {(r.Stored is null ? "–" : r.Stored.Value.ToString(c))} | {(r.Stored is null ? "–" : r.Lost.ToString(c))} |"));
            }
        }
    }
}
