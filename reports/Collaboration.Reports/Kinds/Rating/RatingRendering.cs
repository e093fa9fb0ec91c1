namespace Collaboration.Reports.Kinds.Rating;

/// <summary>A rating scale: columns over the scale's values, the mean large beside them.</summary>
internal sealed class RatingRendering : IKindRendering
{
    public Type ResultsType => typeof(RatingResults);

    public string ExportName => "rating";

    public ChartSpec? Chart(ItemReport item, ReportText text) => item.Spec is RatingScaleSpec spec
        ? new ChartSpec(ChartKind.Column,
            [.. ((RatingResults)item.Results).Distribution.Select(b => ScaleLabel(b.Value, spec, text))],
            [new ChartSeries(text["RatingSeries"], [.. ((RatingResults)item.Results).Distribution.Select(b => (double)b.Count)])])
        : null;

    public void Slide(SlideCanvas canvas, ItemReport item, ReportText text, List<string> notes)
    {
        if (!ItemSlide.ChartOnLeft(canvas, item, text))
        {
            return;
        }

        var side = new List<TextRun>();
        if (item.Results is RatingResults { Mean: { } mean } && item.Spec is RatingScaleSpec scale)
        {
            side.Add(new TextRun(text.Number(mean), 40, true, canvas.Theme.Primary));
            side.Add(new TextRun(text.Format("Mean", text.Number(mean), scale.Max), 16));
            notes.Add(text.Format("NotesMean", text.Number(mean), scale.Min, scale.Max));
        }

        ItemSlide.SidePanel(canvas, side);
    }

    public void Table(WordBody body, ItemReport item, SeriesReport report, ReportText text)
    {
        var r = (RatingResults)item.Results;
        body.Table([6, 2, 2], [text["Value"], text["RatingSeries"], text["Share"]],
            r.Distribution.Select(b => ResultTables.Cells(ResultTables.Plain(text.Count(b.Value)), ResultTables.Plain(text.Count(b.Count)), ResultTables.Plain(text.Percent(b.Share)))));
        if (r.Mean is { } mean)
        {
            body.Text(text.Format("Mean", text.Number(mean), r.Distribution.Count == 0 ? 0 : r.Distribution[^1].Value), bold: true);
        }
    }

    private static string ScaleLabel(int value, RatingScaleSpec spec, ReportText text)
    {
        var label = value == spec.Min ? spec.MinLabel : value == spec.Max ? spec.MaxLabel : null;
        return label is null ? text.Count(value) : $"{text.Count(value)} ({SafeText.Line(text.Of(label), 30)})";
    }
}
