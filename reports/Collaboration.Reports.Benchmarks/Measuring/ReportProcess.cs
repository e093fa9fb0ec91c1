using Collaboration.Forums.Ports;
using Collaboration.Forums.Text;
using Collaboration.Reports.Benchmarks.Seeding;
using Collaboration.Reports.Building;
using Collaboration.Reports.Export;
using Collaboration.Reports.Streaming;
using Collaboration.Reports.Word;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Reports.Benchmarks.Measuring;

/// <summary>
/// Times ReportWriter in a process of its own, so its peak working set is the report's (plus the runtime and what
/// the report keeps as a model), not the benchmark's, which holds the simulated series and the other tools' output.
/// Two ways in: from the series' export, as `reports word --series export.json` does (the whole model), and from the
/// bot's store with the open answers streamed (the summary model only).
/// </summary>
internal static class ReportProcess
{
    public const string FromExport = "write-word";
    public const string FromStore = "write-word-store";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The parent's side: runs this benchmark with a child command and reads the measurements it prints, one JSON line each.</summary>
    public static async Task<IReadOnlyList<Measurement>> MeasureAsync(string series, IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("the benchmark's own executable is unknown");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ReportProcess).Assembly.Location);
        }

        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the report process did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = await stdout;
        if (process.ExitCode != 0 || string.IsNullOrWhiteSpace(output))
        {
            throw new InvalidOperationException($"the report process failed (exit code {process.ExitCode}):\n{output}{await stderr}");
        }

        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonSerializer.Deserialize<Measurement>(line, Json)! with { Series = series })];
    }

    /// <summary>The child's side of <see cref="FromExport"/>: reads the export, then measures the report's runs from a reset peak working set.</summary>
    public static int WriteFromExport(FileInfo export, int runs, TextWriter output)
    {
        var read = ReportJson.Read(File.ReadAllText(export.FullName));
        if (!read.Succeeded)
        {
            Console.Error.WriteLine(read.Error);
            return 2;
        }

        var report = read.Report;
        var measurement = Timing.Measure(string.Empty, "ReportWriter, whole model", runs, stream =>
        {
            ReportWriter.Write(report, stream, new ReportOptions { Language = Language.De });
            return stream.Length;
        }, resetPeak: true);
        output.WriteLine(JsonSerializer.Serialize(measurement, Json));
        return 0;
    }

    /// <summary>
    /// The child's side of <see cref="FromStore"/>: builds the summary from the SQLite store (measured on its own: it
    /// reads every answer to count them), then measures the report's runs with the open answers read from the store
    /// while the appendix is written, from a reset peak working set.
    /// </summary>
    public static async Task<int> WriteFromStoreAsync(FileInfo database, Guid seriesId, int runs, TextWriter output, CancellationToken cancellationToken)
    {
        using var host = StoreSeeding.StoreHost(database.FullName);
        var builder = new SeriesReportBuilder(host.Services.GetRequiredService<IForumStore>(), new FixedTime(Benchmark.AsOf));
        StreamedReport? report = null;
        var summary = Timing.Measure(string.Empty, "summary from the store", 1, _ =>
        {
            report = builder.BuildStreamedAsync(seriesId, cancellationToken).GetAwaiter().GetResult();
            return 0;
        }, warmUp: false);
        if (report is null)
        {
            Console.Error.WriteLine($"The store has no series {seriesId}.");
            return 2;
        }

        var measurement = Timing.Measure(string.Empty, "ReportWriter", runs, stream =>
        {
            ReportWriter.WriteAsync(report, stream, new ReportOptions { Language = Language.De }, cancellationToken).GetAwaiter().GetResult();
            return stream.Length;
        }, resetPeak: true);
        output.WriteLine(JsonSerializer.Serialize(summary, Json));
        output.WriteLine(JsonSerializer.Serialize(measurement, Json));
        return 0;
    }
}
