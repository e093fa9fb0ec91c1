using System.Diagnostics;
using System.Text.Json;
using Collaboration.Reports.Benchmarks.Measuring;

namespace Collaboration.Reports.Benchmarks.Comparison;

/// <summary>
/// Runs benchmarks/pptxgenjs/deck.mjs on a <see cref="DeckSketch"/>: npm installs the locked packages first (once per
/// run of the benchmark), and a missing node or npm stops the benchmark with a message rather than skipping the comparison.
/// </summary>
internal sealed class PptxGenJs(string folder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Folder => folder;

    public static PptxGenJs Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "benchmarks", "pptxgenjs");
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return new PptxGenJs(candidate);
            }
        }

        throw new InvalidOperationException("benchmarks/pptxgenjs/package-lock.json not found above " + AppContext.BaseDirectory);
    }

    /// <summary>`npm ci`: exactly the locked pptxgenjs, the same on every machine.</summary>
    public async Task InstallAsync(CancellationToken cancellationToken)
    {
        var (exit, output, errors) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], cancellationToken);
        if (exit != 0)
        {
            throw new InvalidOperationException("npm ci failed in " + folder + ":\n" + output + errors);
        }
    }

    public async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        var (_, node, _) = await RunAsync("node", ["--version"], cancellationToken);
        using var package = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "node_modules", "pptxgenjs", "package.json"), cancellationToken));
        return $"pptxgenjs {package.RootElement.GetProperty("version").GetString()} on node {node.Trim()}";
    }

    public async Task<Measurement> MeasureAsync(string series, DeckSketch sketch, int runs, CancellationToken cancellationToken)
    {
        var input = Path.Combine(Path.GetTempPath(), $"deck-sketch-{Environment.ProcessId}-{series.GetHashCode(StringComparison.Ordinal):x8}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(sketch, Json), cancellationToken);
        try
        {
            var (exit, output, errors) = await RunAsync("node", ["--expose-gc", "deck.mjs", input, runs.ToString(System.Globalization.CultureInfo.InvariantCulture)], cancellationToken);
            if (exit != 0)
            {
                throw new InvalidOperationException("node deck.mjs failed:\n" + output + errors);
            }

            var result = JsonSerializer.Deserialize<NodeResult>(output.Trim().Split('\n')[^1], Json)
                ?? throw new InvalidOperationException("node deck.mjs printed no result:\n" + output);
            return new Measurement(series, "pptxgenjs deck", runs, Timing.Median(result.TimesMs), result.TimesMs.Min(), result.AllocatedBytes, result.PeakRssBytes, result.OutputBytes);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private async Task<(int Exit, string Output, string Errors)> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' is needed for the pptxgenjs comparison and was not found on PATH: {e.Message}", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, await stdout, await stderr);
        }
    }

    private sealed record NodeResult(IReadOnlyList<double> TimesMs, long AllocatedBytes, long PeakRssBytes, long OutputBytes);
}
