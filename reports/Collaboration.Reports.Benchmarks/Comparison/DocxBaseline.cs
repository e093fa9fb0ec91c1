using System.Text.Json;
using Collaboration.Reports.Benchmarks.Measuring;

namespace Collaboration.Reports.Benchmarks.Comparison;

/// <summary>Runs docx-baseline/report.mjs (the npm docx package) on a <see cref="ReportSketch"/>.</summary>
internal sealed class DocxBaseline(NodeFolder node)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DocxBaseline Locate() => new(NodeFolder.Locate(Path.Combine("reports", "Collaboration.Reports.Benchmarks", "docx-baseline")));

    public Task InstallAsync(CancellationToken cancellationToken) => node.InstallAsync(cancellationToken);

    public Task<string> VersionAsync(CancellationToken cancellationToken) => node.VersionAsync("docx", cancellationToken);

    public async Task<Measurement> MeasureAsync(string series, ReportSketch sketch, int runs, CancellationToken cancellationToken)
    {
        var input = Path.Combine(Path.GetTempPath(), $"report-sketch-{Environment.ProcessId}-{series.GetHashCode(StringComparison.Ordinal):x8}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(sketch, Json), cancellationToken);
        try
        {
            var line = await node.RunScriptAsync("report.mjs", [input, runs.ToString(System.Globalization.CultureInfo.InvariantCulture)], cancellationToken);
            return NodeResult.Parse(line).ToMeasurement(series, "docx report", runs);
        }
        finally
        {
            File.Delete(input);
        }
    }
}
