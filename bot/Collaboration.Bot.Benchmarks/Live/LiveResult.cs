namespace Collaboration.Bot.Benchmarks.Live;

/// <summary>
/// One side of the comparison: vote-to-every-viewer latencies, the managed memory each viewer added, and how long it
/// took until every viewer had its first event (the product signs each in and checks their membership first).
/// </summary>
internal sealed record LiveSide(string Name, IReadOnlyList<double> LatenciesMs, double BytesPerViewer, TimeSpan ConnectTook)
{
    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    private double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}

internal sealed record LiveResult(int Viewers, int Votes, TimeSpan VotingTook, LiveSide Live, LiveSide Bare)
{
    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{Viewers} viewers (SSE over HTTP/1.1 on loopback), {Votes} votes through card invokes in {VotingTook.TotalSeconds:F1} s"));
        output.WriteLine("| transport | p50 vote → every viewer | p99 vote → every viewer | managed memory per viewer | all viewers connected in |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var side in new[] { Live, Bare })
        {
            output.WriteLine(string.Create(c, $"| {side.Name} | {side.P50:F0} ms | {side.P99:F0} ms | {side.BytesPerViewer / 1024:F1} KiB | {side.ConnectTook.TotalMilliseconds:F0} ms |"));
        }

        output.WriteLine(string.Create(c, $"| ratio live / bare | {Live.P50 / Bare.P50:F1} × | {Live.P99 / Bare.P99:F1} × | {Live.BytesPerViewer / Bare.BytesPerViewer:F1} × | {Live.ConnectTook / Bare.ConnectTook:F1} × |"));
    }
}
