using System.CommandLine;
using Collaboration.Forums.Text;
using Collaboration.Reports.Deck;
using Collaboration.Reports.Export;
using Collaboration.Reports.Theming;
using Collaboration.Reports.Word;

namespace Collaboration.Reports.Cli;

/// <summary>The command line: <c>reports deck|word|export --series &lt;id or export file&gt; --out &lt;path&gt; [--lang de|en] [--theme &lt;file&gt;]</c>.</summary>
internal static class ReportCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Executive documents (PowerPoint deck, Word report, results export) of a forum series.")
        {
            Create("deck", "Writes the PowerPoint deck to present.", Kind.Deck, output, error),
            Create("word", "Writes the Word report to read.", Kind.Word, output, error),
            Create("export", "Writes the computed results as a versioned JSON export (input for deck and word elsewhere).", Kind.Export, output, error),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    private enum Kind
    {
        Deck,
        Word,
        Export,
    }

    private static Command Create(string name, string description, Kind kind, TextWriter output, TextWriter error)
    {
        var series = new Option<string>("--series") { Description = "The series id (read from the store) or an export JSON file.", Required = true };
        var target = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true };
        var language = new Option<string>("--lang") { Description = "Language of the document: de (default) or en.", DefaultValueFactory = _ => "de" };
        language.AcceptOnlyFromAmong("de", "en");
        var theme = new Option<FileInfo?>("--theme") { Description = "A theme JSON file (colours, fonts, logo)." };
        var command = new Command(name, description) { series, target, language, theme };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Progress goes to the error stream, so that the output stays the one line naming the file written.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await error.WriteLineAsync($"reading {parse.GetValue(series)} …");
            // The Word report reads a series' open answers from the store while it is written; the deck and the
            // export need them as a model.
            var (loaded, problem) = await ReportSource.LoadAsync(parse.GetValue(series)!, streamAnswers: kind == Kind.Word, cancellationToken);
            if (loaded is null)
            {
                await error.WriteLineAsync(problem);
                return 2;
            }

            using var source = loaded;
            var report = loaded.Report;

            var themeLoad = parse.GetValue(theme) is { } file ? ThemeFile.Load(file.FullName) : new ThemeLoad(ReportTheme.Default, []);
            foreach (var warning in themeLoad.Warnings)
            {
                await error.WriteLineAsync("warning: " + warning);
            }

            var lang = parse.GetValue(language) == "en" ? Language.En : Language.De;
            var path = parse.GetValue(target)!;
            path.Directory?.Create();
            await error.WriteLineAsync(
                $"read {report.Forums.Count} forums, {report.Forums.Sum(f => f.Items.Count)} items in {clock.Elapsed.TotalSeconds:0.0} s; writing {name} …");

            // Written beside the target and moved over it at the end: an interrupted run never leaves half a file
            // where the last good one was.
            var partial = new FileInfo(path.FullName + ".partial");
            try
            {
                await using var stream = partial.Create();
                switch (kind)
                {
                    case Kind.Deck:
                        DeckWriter.Write(report, stream, new DeckOptions { Language = lang, Theme = themeLoad.Theme });
                        break;
                    case Kind.Word when loaded.Streamed is { } streamed:
                        await ReportWriter.WriteAsync(streamed, stream, new ReportOptions { Language = lang, Theme = themeLoad.Theme }, cancellationToken);
                        break;
                    case Kind.Word:
                        ReportWriter.Write(report, stream, new ReportOptions { Language = lang, Theme = themeLoad.Theme });
                        break;
                    default:
                        ReportJson.Write(report, stream);
                        break;
                }
            }
            catch (System.Data.Common.DbException e)
            {
                // The open answers are read while the report is written, so the store can fail here too.
                partial.Delete();
                await error.WriteLineAsync(ReportSource.StoreUnreadable(e));
                return 2;
            }

            partial.MoveTo(path.FullName, overwrite: true);
            await error.WriteLineAsync($"done in {clock.Elapsed.TotalSeconds:0.0} s");
            await output.WriteLineAsync($"wrote {path.FullName}");
            return 0;
        });
        return command;
    }
}
