namespace Collaboration.Reports.Insights;

/// <summary>An item's leading entries, best first, as one label and one score each: what carries over and what a summary names.</summary>
internal static class TopEntries
{
    public static IReadOnlyList<(string Label, string Score)> Of(ItemReport item, ReportText text, int top) =>
        KindRenderings.For(item.Results).Top(item, text, top);

    /// <summary>Whether the item has anything to show: at least one answer, entry or text.</summary>
    public static bool HasAnswers(ItemResults results) => KindRenderings.For(results).HasAnswers(results);
}
