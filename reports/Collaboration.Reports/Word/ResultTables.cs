namespace Collaboration.Reports.Word;

/// <summary>The full table of an item's results for the Word report: every option, every entry, the winning cells marked.</summary>
internal static class ResultTables
{
    public static void Write(WordBody body, ItemReport item, SeriesReport report, ReportText text) =>
        KindRenderings.For(item.Results).Table(body, item, report, text);

    public static (string, bool) Plain(string value) => (value, false);

    public static (string Text, bool Marked)[] Cells(params (string, bool)[] cells) => cells;
}
