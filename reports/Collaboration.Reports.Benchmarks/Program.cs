using System.Runtime.InteropServices;
using Collaboration.Forums.Text;
using Collaboration.Reports.Benchmarks;
using Collaboration.Reports.Benchmarks.Comparison;
using Collaboration.Reports.Benchmarks.Measuring;
using Collaboration.TestSupport.Simulation;
using Collaboration.Reports.Building;
using Collaboration.Reports.Deck;
using Collaboration.Reports.Export;
using Collaboration.Reports.Word;

// Usage: dotnet run -c Release --project reports/Collaboration.Reports.Benchmarks [-- --runs 5]
var runs = BenchmarkArguments.Runs(args);
if (runs is null)
{
    await Console.Error.WriteLineAsync("Usage: reports-benchmarks [--runs N]   (N from 1 to 100, default 5)");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var pptxgenjs = PptxGenJs.Locate();
await pptxgenjs.InstallAsync(cancel.Token);
Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · {RuntimeInformation.OSDescription} · .NET {Environment.Version} · DocumentFormat.OpenXml {typeof(DocumentFormat.OpenXml.Packaging.PresentationDocument).Assembly.GetName().Version} · {await pptxgenjs.VersionAsync(cancel.Token)} · {runs} runs");

var asOf = new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);
var results = new List<Measurement>();
foreach (var (name, participants) in new[] { ("60 participants (seed series)", 60), ("10,000 participants", 10_000) })
{
    var store = SimulatedSeries.Create(participants, seed: 20260630, start: asOf.AddDays(-60));
    var report = await new SeriesReportBuilder(store, new FixedTime(asOf)).BuildAsync(store.Series.Id, cancel.Token)
        ?? throw new InvalidOperationException("the simulated series is missing from its own store");
    Console.WriteLine($"{name}: {store.ResponseCount:N0} responses, {store.Needs.Count:N0} needs, {store.Supports.Count:N0} supports; export {ReportJson.Serialize(report).Length / 1024:N0} KiB");

    results.Add(Timing.Measure(name, "DeckWriter", runs.Value, s => Write(s, o => DeckWriter.Write(report, o, new DeckOptions { Language = Language.De }))));
    results.Add(Timing.Measure(name, "ReportWriter", runs.Value, s => Write(s, o => ReportWriter.Write(report, o, new ReportOptions { Language = Language.De }))));
    results.Add(await pptxgenjs.MeasureAsync(name, DeckSketch.From(report), runs.Value, cancel.Token));
}

ResultTable.Print(Console.Out, results);
return 0;

static long Write(Stream output, Action<Stream> write)
{
    write(output);
    return output.Length;
}
