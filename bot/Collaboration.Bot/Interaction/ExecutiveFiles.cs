using System.Collections.Concurrent;
using Collaboration.Bot.Downloads;
using Collaboration.Reports;
using Collaboration.Reports.Building;

namespace Collaboration.Bot.Interaction;

/// <summary>The executive deck and Word report of a series, written and put behind signed download links.</summary>
internal sealed class ExecutiveFiles(SeriesReportBuilder reports, SignedDownloads shelf, PublicAddress address, TimeProvider time, IOptions<BotOptions> options)
{
    /// <summary>
    /// How long links once made are handed out again (at most half their lifetime, so a reused link still works for a
    /// while). The links card in a group chat is a user-specific view that Teams refreshes whenever the moderator looks
    /// at it; without reuse every look would write deck and report anew.
    /// </summary>
    private static readonly TimeSpan MaxReuse = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<(Guid Series, Language Language), (ExecutiveLinks Links, DateTimeOffset MadeAt)> _recent = new();

    /// <returns>The links to deck and report, or null when the series does not exist.</returns>
    public async Task<ExecutiveLinks?> CreateAsync(Guid seriesId, Language language, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reuse = TimeSpan.FromTicks(Math.Min(MaxReuse.Ticks, options.Value.DownloadLinkLifetime.Ticks / 2));
        if (_recent.TryGetValue((seriesId, language), out var recent) && now - recent.MadeAt < reuse)
        {
            return recent.Links;
        }

        var files = await ShelveAsync(seriesId, language, cancellationToken);
        if (files is null)
        {
            return null;
        }

        var links = new ExecutiveLinks(address.Resolve(SignedDownloads.LinkOf(files.Value.Deck)), address.Resolve(SignedDownloads.LinkOf(files.Value.Report)));
        _recent[(seriesId, language)] = (links, now);
        return links;
    }

    /// <summary>
    /// Deck and report shelved for a Teams file consent card: the bytes wait on the shelf until the user accepts, and
    /// the card's context carries only the signed claim, so the bot needs no state of its own between the two turns.
    /// </summary>
    /// <returns>The deck's and the report's shelved files, or null when the series does not exist.</returns>
    public async Task<(ShelvedFile Deck, ShelvedFile Report)?> ShelveAsync(Guid seriesId, Language language, CancellationToken cancellationToken)
    {
        var report = await reports.BuildAsync(seriesId, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var (deckName, reportName) = language == Language.En ? ("executive-deck.pptx", "results-report.docx") : ("praesentation-hvb-runde.pptx", "ergebnisbericht.docx");
        var (deck, word) = ExecutiveDocuments.Render(report, language);
        return (await shelf.StoreAsync(deckName, deck, cancellationToken), await shelf.StoreAsync(reportName, word, cancellationToken));
    }
}

/// <summary>Where to download the deck and the report; both links expire.</summary>
internal sealed record ExecutiveLinks(Uri Deck, Uri Report);
