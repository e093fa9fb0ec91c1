using System.Runtime.InteropServices;
using Collaboration.Forums.Results;
using Collaboration.Forums.Text;
using Collaboration.Reports.Benchmarks.Comparison;
using Collaboration.Reports.Benchmarks.Seeding;
using Collaboration.Reports.Building;
using Collaboration.Reports.Deck;
using Collaboration.Reports.Export;
using Collaboration.Reports.Word;
using Collaboration.Seeding;

namespace Collaboration.Reports.Benchmarks;

/// <summary>
/// Per simulated series: the deck beside pptxgenjs; the Word report in a process of its own, once from the series'
/// export (the whole model) and once from the bot's SQLite store with its open answers streamed (the way
/// `reports word --series id` writes it), beside the npm docx package writing the same text.
/// </summary>
internal static class Benchmark
{
    public static readonly DateTimeOffset AsOf = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(BenchmarkSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var pptxgenjs = NodeBaseline.PptxGenJs();
        var docx = NodeBaseline.Docx();
        await pptxgenjs.InstallAsync(cancellationToken);
        await docx.InstallAsync(cancellationToken);
        await output.WriteLineAsync($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores · {RuntimeInformation.OSDescription} · .NET {Environment.Version} · DocumentFormat.OpenXml {typeof(DocumentFormat.OpenXml.Packaging.PresentationDocument).Assembly.GetName().Version} · {await pptxgenjs.VersionAsync(cancellationToken)} · {await docx.VersionAsync(cancellationToken)} · {settings.Runs} runs");

        var series = settings.Participants.Select(p => (Name: string.Create(CultureInfo.InvariantCulture, $"{p:N0} participants"), Participants: p, Small: true)).ToList();
        if (settings.OpenAnswers > 0)
        {
            // About 1.06 open answers per participant in the simulated series (two open questions, falling turnout).
            series.Add((string.Create(CultureInfo.InvariantCulture, $"~{settings.OpenAnswers:N0} open answers"), (int)Math.Ceiling(settings.OpenAnswers / 1.06), false));
        }

        var work = settings.Keep is { } keep ? Directory.CreateDirectory(keep.FullName) : Directory.CreateTempSubdirectory("reports-benchmark-");
        try
        {
            var results = new List<Measurement>();
            foreach (var (name, participants, small) in series)
            {
                var store = SimulatedSeries.Create(participants, seed: 20260630, start: AsOf.AddDays(-60));
                var report = await new SeriesReportBuilder(store, new FixedTime(AsOf)).BuildAsync(store.Series.Id, cancellationToken)
                    ?? throw new InvalidOperationException("the simulated series is missing from its own store");
                var export = Path.Combine(work.FullName, $"export-{participants}.json");
                await using (var file = File.Create(export))
                {
                    ReportJson.Write(report, file);
                }

                var database = Path.Combine(work.FullName, $"store-{participants}.db");
                File.Delete(database);
                var seeding = Stopwatch.StartNew();
                await StoreSeeding.SeedAsync(database, store, cancellationToken);
                var openAnswers = report.Forums.SelectMany(f => f.Items).Select(i => i.Results).OfType<TextResults>().Sum(r => r.Answers.Count);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {participants:N0} participants, {store.ResponseCount:N0} responses, {store.Needs.Count:N0} needs, {openAnswers:N0} open answers; export {new FileInfo(export).Length / 1024:N0} KiB; seeded into SQLite in {seeding.Elapsed.TotalSeconds:0.0} s ({new FileInfo(database).Length / 1024 / 1024:N0} MiB)"));

                if (small)
                {
                    results.Add(Timing.Measure(name, "DeckWriter", settings.Runs, s => Write(s, o => DeckWriter.Write(report, o, new DeckOptions { Language = Language.De }))));
                    results.Add(await pptxgenjs.MeasureAsync(name, DeckSketch.From(report), settings.Runs, cancellationToken));
                }

                var runs = settings.Runs.ToString(CultureInfo.InvariantCulture);
                results.AddRange(await ReportProcess.MeasureAsync(name, [ReportProcess.FromStore, database, store.Series.Id.ToString(), runs], cancellationToken));
                results.AddRange(await ReportProcess.MeasureAsync(name, [ReportProcess.FromExport, export, runs], cancellationToken));
                if (small || settings.DocxOnOpenAnswers)
                {
                    // Left out of the open-answers series unless asked: docx ran out of node's 4 GiB heap there.
                    using var ours = new MemoryStream();
                    ReportWriter.Write(report, ours, new ReportOptions { Language = Language.De });
                    results.Add(await docx.MeasureAsync(name, ReportSketch.From(ours.ToArray()), settings.Runs, cancellationToken));
                }
            }

            ResultTable.Print(output, results);
            return 0;
        }
        finally
        {
            if (settings.Keep is null)
            {
                work.Delete(recursive: true);
            }
        }
    }

    private static long Write(Stream output, Action<Stream> write)
    {
        write(output);
        return output.Length;
    }
}
