namespace Collaboration.Reports.Benchmarks.Comparison;

/// <summary>The JSON line a node script prints: its build times, heap growth, peak RSS and output size.</summary>
internal sealed record NodeResult(IReadOnlyList<double> TimesMs, long AllocatedBytes, long PeakRssBytes, long OutputBytes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static NodeResult Parse(string line) =>
        JsonSerializer.Deserialize<NodeResult>(line, Json) ?? throw new InvalidOperationException("the node script printed no result: " + line);

    public Measurement ToMeasurement(string series, string tool, int runs) =>
        new(series, tool, runs, Timing.Median(TimesMs), TimesMs.Min(), AllocatedBytes, PeakRssBytes, OutputBytes);
}
