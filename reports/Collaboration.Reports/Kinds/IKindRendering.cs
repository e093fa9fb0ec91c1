namespace Collaboration.Reports.Kinds;

/// <summary>
/// How the deck and the Word report show one kind of item's results. One implementation per kind, in that kind's
/// folder, found by <see cref="KindRenderings"/>; the writers never switch on a kind themselves.
/// </summary>
internal interface IKindRendering
{
    /// <summary>The results type this kind's items produce.</summary>
    Type ResultsType { get; }

    /// <summary>The name of the results in the JSON export ("resultKind"); an export read back rebuilds the same type.</summary>
    string ExportName { get; }

    /// <summary>Whether the item has anything to show: by default at least one respondent.</summary>
    bool HasAnswers(ItemResults results) => results.Respondents > 0;

    /// <summary>The native chart for deck and report, or null where a table fits better.</summary>
    ChartSpec? Chart(ItemReport item, ReportText text) => null;

    /// <summary>The leading entries, best first, as one label and one score each: what carries over and what a summary names.</summary>
    IReadOnlyList<(string Label, string Score)> Top(ItemReport item, ReportText text, int top) => [];

    /// <summary>Draws the slide's body below the title for an item with answers, adding talking points to <paramref name="notes"/>.</summary>
    void Slide(SlideCanvas canvas, ItemReport item, ReportText text, List<string> notes) => ItemSlide.ChartWithHighlights(canvas, item, text, notes);

    /// <summary>The full table of the results in the Word report, below the chart.</summary>
    void Table(WordBody body, ItemReport item, SeriesReport report, ReportText text);

    /// <summary>The management summary's message from the items of this kind, or null when this kind has none to give.</summary>
    KeyMessage? KeyMessage(IReadOnlyList<ForumReport> forums, ReportText text) => null;
}

/// <param name="AfterParticipation">Said after the participation figures (and only while the summary is short).</param>
internal sealed record KeyMessage(string Text, bool AfterParticipation = false);
