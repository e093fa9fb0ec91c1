using System.CommandLine;

namespace Collaboration.Reports.Benchmarks;

/// <summary>
/// <c>reports-benchmarks [--runs N] [--participants A,B] [--open-answers M] [--docx-on-open-answers] [--keep DIR]</c>,
/// and the two child commands the benchmark starts to time the Word report in a process of its own.
/// </summary>
internal static class BenchmarkCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var runs = new Option<int>("--runs") { Description = "Measured runs per tool (1 to 100).", DefaultValueFactory = _ => 5 };
        runs.Validators.Add(r => { if (r.GetValue(runs) is < 1 or > 100) { r.AddError("--runs must be from 1 to 100."); } });
        var participants = new Option<IReadOnlyList<int>>("--participants")
        {
            Description = "Comma-separated sizes of the simulated series, in participants (10 to 200,000 each).",
            DefaultValueFactory = _ => [60, 10_000],
            CustomParser = r => Sizes(r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Empty) ?? Fail<IReadOnlyList<int>>(r, "--participants takes numbers from 10 to 200000 separated by commas, such as 60,10000."),
        };
        var openAnswers = new Option<int>("--open-answers") { Description = "One more series with about this many open answers, for the report only (0 to 200,000; 0 leaves it out).", DefaultValueFactory = _ => 100_000 };
        openAnswers.Validators.Add(r => { if (r.GetValue(openAnswers) is < 0 or > 200_000) { r.AddError("--open-answers must be from 0 to 200000."); } });
        var docxOnOpenAnswers = new Option<bool>("--docx-on-open-answers") { Description = "Time docx on the open-answers series too (it ran out of node's 4 GiB heap there before)." };
        var keep = new Option<DirectoryInfo?>("--keep") { Description = "Keep the series' exports and SQLite stores in this folder (e.g. to time another build's writer on them)." };

        var root = new RootCommand("Times the executive deck and the Word report on simulated series beside pptxgenjs and the npm docx package.")
        {
            runs, participants, openAnswers, docxOnOpenAnswers, keep,
        };
        root.SetAction((parse, token) => Benchmark.RunAsync(
            new BenchmarkSettings(parse.GetValue(runs), parse.GetValue(participants)!, parse.GetValue(openAnswers), parse.GetValue(docxOnOpenAnswers), parse.GetValue(keep)),
            output, token));

        var export = new Argument<FileInfo>("export") { Description = "A series' export (results.json)." };
        var childRuns = new Argument<int>("runs") { Description = "Measured runs." };
        var fromExport = new Command(ReportProcess.FromExport, "Child process: times the report written from an export's whole model.") { export, childRuns };
        fromExport.Hidden = true;
        fromExport.SetAction(parse => ReportProcess.WriteFromExport(parse.GetValue(export)!, parse.GetValue(childRuns), output));

        var database = new Argument<FileInfo>("database") { Description = "The SQLite store the benchmark seeded." };
        var series = new Argument<Guid>("series") { Description = "The series' id." };
        var storeRuns = new Argument<int>("runs") { Description = "Measured runs." };
        var fromStore = new Command(ReportProcess.FromStore, "Child process: times the report written from the store with its open answers streamed.") { database, series, storeRuns };
        fromStore.Hidden = true;
        fromStore.SetAction((parse, token) => ReportProcess.WriteFromStoreAsync(parse.GetValue(database)!, parse.GetValue(series), parse.GetValue(storeRuns), output, token));

        root.Subcommands.Add(fromExport);
        root.Subcommands.Add(fromStore);
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output }, cancellationToken);
    }

    private static IReadOnlyList<int>? Sizes(string text)
    {
        var sizes = text.Split(',', StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 10 and <= 200_000 ? n : (int?)null).ToList();
        return sizes.Count > 0 && sizes.All(s => s is not null) ? [.. sizes.Select(s => s!.Value)] : null;
    }

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
