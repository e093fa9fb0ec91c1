using System.Globalization;
using System.Runtime.InteropServices;
using Collaboration.Forums.Results;
using Collaboration.Forums.Text;
using Collaboration.Reports.Benchmarks;
using Collaboration.Reports.Benchmarks.Comparison;
using Collaboration.Reports.Benchmarks.Measuring;
using Collaboration.TestSupport.Simulation;
using Collaboration.Reports.Building;
using Collaboration.Reports.Deck;
using Collaboration.Reports.Export;
using Collaboration.Reports.Word;

// Usage: dotnet run -c Release --project reports/Collaboration.Reports.Benchmarks [-- --runs 5 --participants 60,10000 --open-answers 100000]
if (args.Length > 0 && args[0] == ReportProcess.Command)
{
    return ReportProcess.Run(args[1..]);
}

var arguments = BenchmarkArguments.Parse(args);
if (arguments is null)
{
    await Console.Error.WriteLineAsync(BenchmarkArguments.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var pptxgenjs = NodeBaseline.PptxGenJs();
var docx = NodeBaseline.Docx();
await pptxgenjs.InstallAsync(cancel.Token);
await docx.InstallAsync(cancel.Token);
Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores · {RuntimeInformation.OSDescription} · .NET {Environment.Version} · DocumentFormat.OpenXml {typeof(DocumentFormat.OpenXml.Packaging.PresentationDocument).Assembly.GetName().Version} · {await pptxgenjs.VersionAsync(cancel.Token)} · {await docx.VersionAsync(cancel.Token)} · {arguments.Runs} runs");

var asOf = new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);
var series = arguments.Participants.Select(p => (Name: string.Create(CultureInfo.InvariantCulture, $"{p:N0} participants"), Participants: p, DeckToo: true)).ToList();
if (arguments.OpenAnswers > 0)
{
    // About 1.06 open answers per participant in the simulated series (two open questions, falling turnout).
    series.Add((string.Create(CultureInfo.InvariantCulture, $"~{arguments.OpenAnswers:N0} open answers"), (int)Math.Ceiling(arguments.OpenAnswers / 1.06), false));
}

// The exports are kept with --keep-exports DIR, e.g. to time another build's writer on them (`write-word DIR/export-N.json runs`).
var work = arguments.KeepExports is { } keep ? Directory.CreateDirectory(keep) : Directory.CreateTempSubdirectory("reports-benchmark-");
try
{
    var results = new List<Measurement>();
    foreach (var (name, participants, deckToo) in series)
    {
        var store = SimulatedSeries.Create(participants, seed: 20260630, start: asOf.AddDays(-60));
        var report = await new SeriesReportBuilder(store, new FixedTime(asOf)).BuildAsync(store.Series.Id, cancel.Token)
            ?? throw new InvalidOperationException("the simulated series is missing from its own store");
        var export = Path.Combine(work.FullName, $"export-{participants}.json");
        await using (var file = File.Create(export))
        {
            ReportJson.Write(report, file);
        }

        var openAnswers = report.Forums.SelectMany(f => f.Items).Select(i => i.Results).OfType<TextResults>().Sum(r => r.Answers.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {participants:N0} participants, {store.ResponseCount:N0} responses, {store.Needs.Count:N0} needs, {openAnswers:N0} open answers; export {new FileInfo(export).Length / 1024:N0} KiB"));

        if (deckToo)
        {
            results.Add(Timing.Measure(name, "DeckWriter", arguments.Runs, s => Write(s, o => DeckWriter.Write(report, o, new DeckOptions { Language = Language.De }))));
            results.Add(await pptxgenjs.MeasureAsync(name, DeckSketch.From(report), arguments.Runs, cancel.Token));
        }

        results.Add(await ReportProcess.MeasureAsync(name, export, arguments.Runs, cancel.Token));
        if (deckToo)
        {
            // Not for the open-answers series: docx ran out of node's default 4 GiB heap on it after five minutes.
            using var ours = new MemoryStream();
            ReportWriter.Write(report, ours, new ReportOptions { Language = Language.De });
            results.Add(await docx.MeasureAsync(name, ReportSketch.From(ours.ToArray()), arguments.Runs, cancel.Token));
        }
    }

    ResultTable.Print(Console.Out, results);
    return 0;
}
finally
{
    if (arguments.KeepExports is null)
    {
        work.Delete(recursive: true);
    }
}

static long Write(Stream output, Action<Stream> write)
{
    write(output);
    return output.Length;
}
