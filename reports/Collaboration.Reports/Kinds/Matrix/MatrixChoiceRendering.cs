namespace Collaboration.Reports.Kinds.Matrix;

/// <summary>A choice per row (task → actor): a table of counts with each row's leader marked.</summary>
internal sealed class MatrixChoiceRendering : IKindRendering
{
    public Type ResultsType => typeof(MatrixChoiceResults);

    public string ExportName => "matrix";

    public IReadOnlyList<(string Label, string Score)> Top(ItemReport item, ReportText text, int top) =>
        [.. ((MatrixChoiceResults)item.Results).Rows.Take(top).Select(x => (text.Of(x.Row.Label), x.Leader is null ? "–" : text.Of(x.Leader.Label)))];

    public void Slide(SlideCanvas canvas, ItemReport item, ReportText text, List<string> notes)
    {
        var matrix = (MatrixChoiceResults)item.Results;
        var columns = matrix.Rows.Count == 0 ? [] : matrix.Rows[0].Columns.Select(c => c.Choice).ToList();
        var rows = new List<IReadOnlyList<TableCellSpec>>
        {
            new[] { string.Empty }.Concat(columns.Select(c => SafeText.Line(text.Of(c.Label), 40))).Select(h => new TableCellSpec(h, Header: true)).ToList(),
        };
        foreach (var row in matrix.Rows.Take(MatrixSlide.MaxRows))
        {
            var cells = new List<TableCellSpec> { new(SafeText.Line(text.Of(row.Row.Label), 50), Header: false) };
            cells.AddRange(row.Columns.Select(c => new TableCellSpec(text.Count(c.Count), Marked: row.Leader?.Key == c.Choice.Key)));
            rows.Add(cells);
            notes.Add(text.Format("NotesMatrixRow", SafeText.Line(text.Of(row.Row.Label), 80), row.Leader is null ? "–" : SafeText.Line(text.Of(row.Leader.Label), 80)));
        }

        MatrixSlide.Draw(canvas, rows, columns.Count, MatrixSlide.Legend(text["MatrixLegend"], matrix.Rows.Count, text));
    }

    public void Table(WordBody body, ItemReport item, SeriesReport report, ReportText text)
    {
        var r = (MatrixChoiceResults)item.Results;
        if (r.Rows.Count == 0)
        {
            return;
        }

        body.Table([3, .. r.Rows[0].Columns.Select(_ => 2)], [string.Empty, .. r.Rows[0].Columns.Select(c => text.Of(c.Choice.Label))],
            r.Rows.Select(row => (IReadOnlyList<(string, bool)>)[ResultTables.Plain(text.Of(row.Row.Label)),
                .. row.Columns.Select(c => (text.Count(c.Count), row.Leader?.Key == c.Choice.Key))]));
        body.Text(text["MatrixLegend"], italic: true, style: WordStyles.Caption);
    }
}
