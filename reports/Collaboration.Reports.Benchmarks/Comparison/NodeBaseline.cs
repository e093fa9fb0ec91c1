namespace Collaboration.Reports.Benchmarks.Comparison;

/// <summary>
/// A JavaScript library doing the same job in the same run, for the ratio: a script in benchmarks/&lt;folder&gt;/ that
/// reads a sketch (what our document shows, as JSON) and times its builds with benchmarks/measure.mjs.
/// </summary>
internal sealed class NodeBaseline(NodeFolder node, string package, string script, string label)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>pptxgenjs building the executive deck's slides from a <see cref="DeckSketch"/>.</summary>
    public static NodeBaseline PptxGenJs() => new(NodeFolder.Locate(Path.Combine("benchmarks", "pptxgenjs")), "pptxgenjs", "deck.mjs", "pptxgenjs deck");

    /// <summary>The npm docx package writing the Word report's text content from a <see cref="ReportSketch"/>.</summary>
    public static NodeBaseline Docx() => new(NodeFolder.Locate(Path.Combine("benchmarks", "docx")), "docx", "report.mjs", "docx report");

    public Task InstallAsync(CancellationToken cancellationToken) => node.InstallAsync(cancellationToken);

    public Task<string> VersionAsync(CancellationToken cancellationToken) => node.VersionAsync(package, cancellationToken);

    public async Task<Measurement> MeasureAsync<TSketch>(string series, TSketch sketch, int runs, CancellationToken cancellationToken)
    {
        var input = Path.Combine(Path.GetTempPath(), $"{package}-sketch-{Environment.ProcessId}-{series.GetHashCode(StringComparison.Ordinal):x8}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(sketch, Json), cancellationToken);
        try
        {
            var line = await node.RunScriptAsync(script, [input, runs.ToString(CultureInfo.InvariantCulture)], cancellationToken);
            return NodeResult.Parse(line).ToMeasurement(series, label, runs);
        }
        finally
        {
            File.Delete(input);
        }
    }
}
