using Collaboration.Bot.Downloads;
using Collaboration.Forums.Text;
using Collaboration.Reports.Building;
using Collaboration.Reports.Deck;
using Collaboration.Reports.Word;

namespace Collaboration.Bot.Interaction;

/// <summary>The executive deck and Word report of a series, written and put behind signed download links.</summary>
internal sealed class ExecutiveFiles(SeriesReportBuilder reports, DownloadShelf shelf, PublicAddress address)
{
    /// <returns>The links to deck and report, or null when the series does not exist.</returns>
    public async Task<ExecutiveLinks?> CreateAsync(Guid seriesId, Language language, CancellationToken cancellationToken)
    {
        var report = await reports.BuildAsync(seriesId, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var (deckName, reportName) = language == Language.En ? ("executive-deck.pptx", "results-report.docx") : ("praesentation-hvb-runde.pptx", "ergebnisbericht.docx");
        using var deck = new MemoryStream();
        DeckWriter.Write(report, deck, new DeckOptions { Language = language });
        using var word = new MemoryStream();
        ReportWriter.Write(report, word, new ReportOptions { Language = language });
        var deckLink = await shelf.PutAsync(deckName, deck.ToArray(), cancellationToken);
        var wordLink = await shelf.PutAsync(reportName, word.ToArray(), cancellationToken);
        return new ExecutiveLinks(address.Resolve(deckLink), address.Resolve(wordLink));
    }
}

/// <summary>Where to download the deck and the report; both links expire.</summary>
internal sealed record ExecutiveLinks(Uri Deck, Uri Report);
