using System.Globalization;

namespace Collaboration.GraphSync.Benchmarks;

/// <summary>Prints the measurements as a Markdown table, then the naive/graph-sync ratios of time and requests.</summary>
internal static class ResultTable
{
    public static void Print(TextWriter output, IReadOnlyList<Measurement> rows, long fileBytes, int needs)
    {
        var mib = fileBytes / 1024.0 / 1024.0;
        output.WriteLine();
        output.WriteLine("| Variant | Files s | MiB/s | List s | Needs/s | Total s | Graph HTTP requests (files + list) | List items after |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Variant} | {r.Files.TotalSeconds:0.00} | {mib / r.Files.TotalSeconds:0.0} | {r.List.TotalSeconds:0.00} | {(r.List.TotalSeconds > 0 ? needs / r.List.TotalSeconds : 0):0} | {r.Total.TotalSeconds:0.00} | {r.Requests:N0} ({r.FileRequests:N0} + {r.ListRequests:N0}) | {r.ItemsAfter:N0} |"));
        }

        var ours = rows[0];
        var naive = rows.First(r => r.Variant.StartsWith("naive", StringComparison.Ordinal));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"First archive, naive / graph-sync: time {naive.Total / ours.Total:0.00}×, list time {naive.List / ours.List:0.00}×, Graph requests {(double)naive.Requests / ours.Requests:0.0}× ({naive.Requests:N0} vs {ours.Requests:N0})."));
    }
}
