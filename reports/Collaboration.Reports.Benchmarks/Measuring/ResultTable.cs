namespace Collaboration.Reports.Benchmarks.Measuring;

/// <summary>The figures as a Markdown table (pasted as is into reports/README.md), and ours/theirs time per series.</summary>
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
            Ratio(output, series, "DeckWriter", "pptxgenjs deck");
            Ratio(output, series, "ReportWriter", "docx report");
            Ratio(output, series, "ReportWriter, whole model", "docx report");
        }
    }

    private static void Ratio(TextWriter output, IGrouping<string, Measurement> series, string ours, string theirs)
    {
        if (series.FirstOrDefault(m => m.Tool == ours) is { } a && series.FirstOrDefault(m => m.Tool == theirs) is { } b)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{series.Key}: {ours} / {theirs} time = {a.MedianMs / b.MedianMs:0.00}"));
        }
    }

    private static double Mib(long bytes) => bytes / 1024.0 / 1024.0;
}
