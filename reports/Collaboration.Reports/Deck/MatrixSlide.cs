namespace Collaboration.Reports.Deck;

/// <summary>The table both matrix kinds draw on their slide: a label column, equal value columns, a legend below.</summary>
internal static class MatrixSlide
{
    // Nine rows of two-line labels fill the slide; more would push the table past its bottom edge.
    public const int MaxRows = 9;

    public static string Legend(string legend, int rows, ReportText text) =>
        rows > MaxRows ? $"{legend} {text.Format("NeedsMore", rows - MaxRows)}" : legend;

    public static void Draw(SlideCanvas canvas, List<IReadOnlyList<TableCellSpec>> rows, int valueColumns, string legend)
    {
        const long labelWidth = 2300000;
        var columnWidth = (Emu.ContentWidth - labelWidth) / Math.Max(1, valueColumns);
        var widths = new List<long> { labelWidth };
        widths.AddRange(Enumerable.Repeat(columnWidth, valueColumns));
        var rowHeight = Math.Min(560000, (ItemSlide.BodyHeight - 500000) / Math.Max(1, rows.Count));
        canvas.Table(Emu.Margin, ItemSlide.BodyTop, widths, rows, rowHeight, 12, legend, headerSize: 10);
        canvas.TextBox(Emu.Margin, 6300000, Emu.ContentWidth, 350000, [new TextRun(legend, 12, Italic: true)]);
    }
}
