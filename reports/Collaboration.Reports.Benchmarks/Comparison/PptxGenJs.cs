using System.Text.Json;
using Collaboration.Reports.Benchmarks.Measuring;

namespace Collaboration.Reports.Benchmarks.Comparison;

/// <summary>Runs benchmarks/pptxgenjs/deck.mjs on a <see cref="DeckSketch"/>.</summary>
internal sealed class PptxGenJs(NodeFolder node)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PptxGenJs Locate() => new(NodeFolder.Locate(Path.Combine("benchmarks", "pptxgenjs")));

    public Task InstallAsync(CancellationToken cancellationToken) => node.InstallAsync(cancellationToken);

    public Task<string> VersionAsync(CancellationToken cancellationToken) => node.VersionAsync("pptxgenjs", cancellationToken);

    public async Task<Measurement> MeasureAsync(string series, DeckSketch sketch, int runs, CancellationToken cancellationToken)
    {
        var input = Path.Combine(Path.GetTempPath(), $"deck-sketch-{Environment.ProcessId}-{series.GetHashCode(StringComparison.Ordinal):x8}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(sketch, Json), cancellationToken);
        try
        {
            var line = await node.RunScriptAsync("deck.mjs", [input, runs.ToString(System.Globalization.CultureInfo.InvariantCulture)], cancellationToken);
            return NodeResult.Parse(line).ToMeasurement(series, "pptxgenjs deck", runs);
        }
        finally
        {
            File.Delete(input);
        }
    }
}
