namespace Collaboration.Reports.Kinds.MatrixRating;

/// <summary>A rating per row × column (operator model × criterion): a table of means, the best per column marked.</summary>
internal sealed class MatrixRatingRendering : IKindRendering
{
    public Type ResultsType => typeof(MatrixRatingResults);

    public string ExportName => "matrixRating";

    public IReadOnlyList<(string Label, string Score)> Top(ItemReport item, ReportText text, int top) =>
        [.. ((MatrixRatingResults)item.Results).Rows.Where(x => x.Mean is not null).Take(top).Select(x => (text.Of(x.Row.Label), text.Number(x.Mean!.Value)))];

    public void Slide(SlideCanvas canvas, ItemReport item, ReportText text, List<string> notes)
    {
        var matrix = (MatrixRatingResults)item.Results;
        var best = Best(matrix);
        var rows = new List<IReadOnlyList<TableCellSpec>>
        {
            new[] { string.Empty }.Concat(matrix.Columns.Select(c => SafeText.Line(text.Of(c.Label), 40))).Append(text["Overall"])
                .Select(h => new TableCellSpec(h, Header: true)).ToList(),
        };
        foreach (var row in matrix.Rows.Take(MatrixSlide.MaxRows))
        {
            var cells = new List<TableCellSpec> { new(SafeText.Line($"{row.Rank}. {text.Of(row.Row.Label)}", 50)) };
            cells.AddRange(row.Cells.Select((c, i) => new TableCellSpec(c.Mean is { } m ? text.Number(m) : "–", Marked: c.Mean is not null && c.Mean == best[i])));
            cells.Add(new TableCellSpec(row.Mean is { } mean ? text.Number(mean) : "–", Marked: row.Rank == 1 && row.Mean is not null));
            rows.Add(cells);
            notes.Add(text.Format("NotesMatrixRow", SafeText.Line(text.Of(row.Row.Label), 80), row.Mean is { } m2 ? text.Number(m2) : "–"));
        }

        MatrixSlide.Draw(canvas, rows, matrix.Columns.Count + 1, MatrixSlide.Legend(text["MatrixRatingLegend"], matrix.Rows.Count, text));
    }

    public void Table(WordBody body, ItemReport item, SeriesReport report, ReportText text)
    {
        var r = (MatrixRatingResults)item.Results;
        var best = Best(r);
        body.Table([3, .. r.Columns.Select(_ => 2), 2], [string.Empty, .. r.Columns.Select(c => text.Of(c.Label)), text["Overall"]],
            r.Rows.Select(row => (IReadOnlyList<(string, bool)>)[ResultTables.Plain($"{row.Rank}. {text.Of(row.Row.Label)}"),
                .. row.Cells.Select((c, i) => (c.Mean is { } m ? text.Number(m) : "–", c.Mean is not null && c.Mean == best[i])),
                (row.Mean is { } mean ? text.Number(mean) : "–", row.Rank == 1 && row.Mean is not null)]));
        body.Text(text["MatrixRatingLegend"], italic: true, style: WordStyles.Caption);
    }

    /// <summary>The preferred operator model: the best row overall.</summary>
    public KeyMessage? KeyMessage(IReadOnlyList<ForumReport> forums, ReportText text)
    {
        if (forums.SelectMany(f => f.Items).Select(i => i.Results).OfType<MatrixRatingResults>().FirstOrDefault(r => r.Rows.Count > 0 && r.Rows[0].Mean is not null) is not { } models)
        {
            return null;
        }

        var top = models.Rows[0];
        return new KeyMessage(text.Format("KeyModel", SafeText.Line(text.Of(top.Row.Label), Insights.KeyMessages.LabelLength), text.Number(top.Mean!.Value)));
    }

    private static List<double?> Best(MatrixRatingResults matrix) => [.. matrix.Columns.Select((_, i) => matrix.Rows.Select(r => r.Cells[i].Mean).Max())];
}
