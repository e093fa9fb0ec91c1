namespace Collaboration.Reports.Word;

/// <summary>Cells of the full tables of items' results in the Word report (each kind writes its own, see <see cref="IKindRendering.Table"/>).</summary>
internal static class ResultTables
{
    public static (string, bool) Plain(string value) => (value, false);

    public static (string Text, bool Marked)[] Cells(params (string, bool)[] cells) => cells;
}
