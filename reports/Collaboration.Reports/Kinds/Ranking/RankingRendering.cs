using Collaboration.Forums.Kinds.Ranking;

namespace Collaboration.Reports.Kinds.Ranking;

/// <summary>
/// A ranking (Rangfolge): one stacked bar per option, ordered by Borda score, split into how many put it on which
/// place. The bar's length is how often it was ranked at all, its dark first segment how often it came first, and the
/// order says who won: the three things an executive asks of a ranking, in one picture. The table has the numbers.
/// </summary>
internal sealed class RankingRendering : IKindRendering
{
    public Type ResultsType => typeof(RankingResults);

    public string ExportName => RankingSpec.Name;

    public ChartSpec? Chart(ItemReport item, ReportText text)
    {
        var r = (RankingResults)item.Results;
        var tallies = Ordered(r).Take(ResultCharts.MaxBars).ToList();
        var categories = tallies.Select(t => text.Format("RankingCategory", SafeText.Line(text.Of(t.Choice.Label), ResultCharts.LabelLength), text.Count(t.Score)));
        var places = Enumerable.Range(0, r.Places)
            .Select(p => new ChartSeries(text.Format("RankingPlace", p + 1), [.. tallies.Select(t => (double)PlaceCount(t, p))]));
        return new ChartSpec(ChartKind.Bar, [.. categories], [.. places], Stacked: true);
    }

    public IReadOnlyList<(string Label, string Score)> Top(ItemReport item, ReportText text, int top) =>
        [.. Ordered((RankingResults)item.Results).Where(t => t.Score > 0).Take(top).Select(t => (text.Of(t.Choice.Label), text.Count(t.Score)))];

    public void Slide(SlideCanvas canvas, ItemReport item, ReportText text, List<string> notes)
    {
        ItemSlide.ChartWithHighlights(canvas, item, text, notes);
        notes.Add(text.Format("RankingLegend", ((RankingResults)item.Results).Places));
    }

    public void Table(WordBody body, ItemReport item, SeriesReport report, ReportText text)
    {
        var r = (RankingResults)item.Results;
        var places = Enumerable.Range(0, r.Places).ToList();
        body.Table([1, 5, 2, .. places.Select(_ => 1), 2],
            [text["Rank"], text["Option"], text["RankingScore"], .. places.Select(p => text.Format("RankingPlace", p + 1)), text["RankingMeanPlace"]],
            Ordered(r).Select(t => (IReadOnlyList<(string, bool)>)
            [
                ResultTables.Plain(text.Count(t.Rank)),
                (text.Of(t.Choice.Label), t.Rank == 1 && t.Score > 0),
                ResultTables.Plain(text.Count(t.Score)),
                .. places.Select(p => ResultTables.Plain(text.Count(PlaceCount(t, p)))),
                ResultTables.Plain(t.MeanPlace is { } mean ? text.Number(mean) : "–"),
            ]));
        body.Text(text.Format("RankingLegend", r.Places), italic: true, style: WordStyles.Caption);
    }

    /// <summary>The option that leads the first ranking anyone answered.</summary>
    public KeyMessage? KeyMessage(IReadOnlyList<ForumReport> forums, ReportText text)
    {
        var item = forums.SelectMany(f => f.Items).FirstOrDefault(i => i.Results is RankingResults { Respondents: > 0 } r && r.Tallies.Any(t => t.Score > 0));
        if (item is not { Results: RankingResults ranking })
        {
            return null;
        }

        var top = Ordered(ranking).First();
        return new KeyMessage(text.Format("KeyRanking", SafeText.Line(text.Of(item.Prompt), 70), SafeText.Line(text.Of(top.Choice.Label), 60),
            text.Count(top.Score), text.Count(PlaceCount(top, 0))));
    }

    // The domain hands the tallies best first; sorting again (stably) keeps a hand-made or imported export in order too.
    private static IEnumerable<RankedTally> Ordered(RankingResults r) => r.Tallies.OrderBy(t => t.Rank);

    private static int PlaceCount(RankedTally tally, int place) => place < tally.PlaceCounts.Count ? tally.PlaceCounts[place] : 0;
}
