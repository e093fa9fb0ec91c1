using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Collaboration.Forums.Text;
using Collaboration.Reports.Export;
using Collaboration.Reports.Word;

namespace Collaboration.Reports.Benchmarks.Measuring;

/// <summary>
/// Times ReportWriter in a process of its own that reads the series' export, as `reports word --series export.json`
/// does: its peak working set is then the report's (plus the runtime and the report model), not the benchmark's,
/// which holds the simulated series and the other tools' output.
/// </summary>
internal static class ReportProcess
{
    public const string Command = "write-word";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The parent's side: runs this benchmark as <c>write-word export.json runs</c> and reads its result line.</summary>
    public static async Task<Measurement> MeasureAsync(string series, string export, int runs, CancellationToken cancellationToken)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("the benchmark's own executable is unknown");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ReportProcess).Assembly.Location);
        }

        foreach (var argument in new[] { Command, export, runs.ToString(CultureInfo.InvariantCulture) })
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

        return JsonSerializer.Deserialize<Measurement>(output.Trim().Split('\n')[^1], Json)! with { Series = series };
    }

    /// <summary>The child's side: reads the export, then measures the report's runs from a reset peak working set.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count != 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs < 1)
        {
            Console.Error.WriteLine($"Usage: reports-benchmarks {Command} <export.json> <runs>");
            return 2;
        }

        var read = ReportJson.Read(File.ReadAllText(args[0]));
        if (!read.Succeeded)
        {
            Console.Error.WriteLine(read.Error);
            return 2;
        }

        var report = read.Report;
        var measurement = Timing.Measure(string.Empty, "ReportWriter", runs, output =>
        {
            ReportWriter.Write(report, output, new ReportOptions { Language = Language.De });
            return output.Length;
        }, resetPeak: true);
        Console.WriteLine(JsonSerializer.Serialize(measurement, Json));
        return 0;
    }
}
