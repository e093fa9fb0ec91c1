using System.Globalization;

namespace Collaboration.Reports.Benchmarks.Measuring;

/// <summary>The figures as a Markdown table (pasted as is into reports/README.md), and ours/pptxgenjs for the deck.</summary>
internal static class ResultTable
{
    public static void Print(TextWriter output, IReadOnlyList<Measurement> results)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine("| Series | Tool | Median ms | Min ms | Allocated MiB/run | Peak WS MiB | Output KiB |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var m in results)
        {
            output.WriteLine(string.Create(c, $"| {m.Series} | {m.Tool} | {m.MedianMs:0.0} | {m.MinMs:0.0} | {Mib(m.AllocatedBytes):0.0} | {Mib(m.PeakWorkingSetBytes):0} | {m.OutputBytes / 1024.0:0} |"));
        }

        output.WriteLine();
        foreach (var series in results.GroupBy(m => m.Series))
        {
            var ours = series.First(m => m.Tool == "DeckWriter");
            var theirs = series.First(m => m.Tool.StartsWith("pptxgenjs", StringComparison.Ordinal));
            output.WriteLine(string.Create(c, $"{series.Key}: DeckWriter / pptxgenjs time = {ours.MedianMs / theirs.MedianMs:0.00}"));
        }
    }

    private static double Mib(long bytes) => bytes / 1024.0 / 1024.0;
}
