using Collaboration.Forums.Series;
using Collaboration.Forums.Text;
using Collaboration.Reports;
using Collaboration.Reports.Building;
using Collaboration.Reports.Theming;

namespace Collaboration.GraphSync.Archive;

/// <summary>
/// The executive Word report and PowerPoint deck for a forum's archive folder, written by the reports library (the same
/// writers as the bot's "bericht" and the reports CLI) in <see cref="GraphSyncOptions.ReportLanguage"/> and, when one
/// is configured, the organisation's theme. They show the series up to this forum: later forums have no results yet
/// and would only add empty pages.
/// </summary>
public sealed partial class ArchiveDocuments(SeriesReportBuilder reports, IOptions<GraphSyncOptions> options, ILogger<ArchiveDocuments> logger)
{
    public static (string Report, string Deck) FileNames(Language language) => language == Language.En
        ? ("Results report.docx", "Results presentation.pptx")
        : ("Ergebnisbericht.docx", "Ergebnispräsentation.pptx");

    /// <param name="asOf">The documents' date: the forum's last answer, so a re-archive writes the same bytes.</param>
    public async Task<IReadOnlyList<ArchiveFile>> WriteAsync(ForumSeries series, Forum forum, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(forum);
        var built = await reports.BuildAsync(series.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Series {series.Id} vanished while its forum {forum.Number} was archived.");
        var report = built with { AsOf = asOf, Forums = [.. built.Forums.Where(f => f.Number <= forum.Number)] };
        var language = options.Value.ReportLanguage;
        var (reportName, deckName) = FileNames(language);
        var (deck, word) = ExecutiveDocuments.Render(report, language, Theme());
        return [new ArchiveFile(reportName, word), new ArchiveFile(deckName, deck)];
    }

    // Read at each archive, so a corrected theme file applies without a restart; a wrong value falls back and is logged.
    private ReportTheme Theme()
    {
        if (options.Value.ReportTheme is not { Length: > 0 } path)
        {
            return ReportTheme.Default;
        }

        var load = ThemeFile.Load(path);
        foreach (var warning in load.Warnings)
        {
            Log.ThemeWarning(logger, path, warning);
        }

        return load.Theme;
    }

    // Events without an EventId get one derived from their name: EventName keeps the name, and so the id, they had
    // before they moved into Log.
    private static partial class Log
    {
        [LoggerMessage(EventName = "LogThemeWarning", Level = LogLevel.Warning, Message = "The report theme {Path}: {Warning}")]
        public static partial void ThemeWarning(ILogger logger, string path, string warning);
    }
}
