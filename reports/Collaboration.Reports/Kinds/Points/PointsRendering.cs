namespace Collaboration.Reports.Kinds.Points;

/// <summary>Points (dot voting): bars of points, best first; the summary names the service with most points.</summary>
internal sealed class PointsRendering : IKindRendering
{
    public Type ResultsType => typeof(PointsResults);

    public string ExportName => "points";

    public ChartSpec? Chart(ItemReport item, ReportText text) =>
        ResultCharts.Ranked(((PointsResults)item.Results).Ranking.Select(t => (text.Of(t.Choice.Label), (double)t.Points)), text["PointsSeries"]);

    public IReadOnlyList<(string Label, string Score)> Top(ItemReport item, ReportText text, int top) =>
        [.. ((PointsResults)item.Results).Ranking.Where(p => p.Points > 0).Take(top).Select(p => (text.Of(p.Choice.Label), text.Count(p.Points)))];

    public void Table(WordBody body, ItemReport item, SeriesReport report, ReportText text) =>
        body.Table([1, 6, 2, 2, 2], [text["Rank"], text["Option"], text["PointsSeries"], text["Supporters"], text["Share"]],
            ((PointsResults)item.Results).Ranking.Select(t => ResultTables.Cells(ResultTables.Plain(text.Count(t.Rank)), (text.Of(t.Choice.Label), t.Rank == 1 && t.Points > 0),
                ResultTables.Plain(text.Count(t.Points)), ResultTables.Plain(text.Count(t.Supporters)), ResultTables.Plain(text.Percent(t.Share)))));

    public KeyMessage? KeyMessage(IReadOnlyList<ForumReport> forums, ReportText text)
    {
        if (forums.SelectMany(f => f.Items).Select(i => i.Results).OfType<PointsResults>().FirstOrDefault(r => r.TotalPoints > 0) is not { } points)
        {
            return null;
        }

        var top = points.Ranking[0];
        return new KeyMessage(text.Format("KeyTopService", SafeText.Line(text.Of(top.Choice.Label), Insights.KeyMessages.LabelLength), top.Points, text.Percent(top.Share)));
    }
}
