namespace Collaboration.Reports;

/// <summary>
/// The executive round's pair of documents from one report, in one language and theme: what the bot's "bericht",
/// graph-sync's archive and the simulator all hand out.
/// </summary>
public static class ExecutiveDocuments
{
    public static (byte[] Deck, byte[] Report) Render(SeriesReport report, Language language, ReportTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        theme ??= ReportTheme.Default;
        using var deck = new MemoryStream();
        DeckWriter.Write(report, deck, new DeckOptions { Language = language, Theme = theme });
        using var word = new MemoryStream();
        ReportWriter.Write(report, word, new ReportOptions { Language = language, Theme = theme });
        return (deck.ToArray(), word.ToArray());
    }
}
