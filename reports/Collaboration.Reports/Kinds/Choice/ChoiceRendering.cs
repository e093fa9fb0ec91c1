namespace Collaboration.Reports.Kinds.Choice;

/// <summary>Single and multiple choice: a pie for the shares of a single choice with few options, else bars, best first.</summary>
internal sealed class ChoiceRendering : IKindRendering
{
    private const int MaxPieSlices = 6;

    public Type ResultsType => typeof(ChoiceResults);

    public string ExportName => "choice";

    public ChartSpec? Chart(ItemReport item, ReportText text)
    {
        var r = (ChoiceResults)item.Results;
        return item.Spec is SingleChoiceSpec && r.Tallies.Count <= MaxPieSlices
            ? new ChartSpec(ChartKind.Pie, ResultCharts.Labels(r.Tallies.Select(t => text.Of(t.Choice.Label))), [new ChartSeries(text["CountSeries"], [.. r.Tallies.Select(t => (double)t.Count)])])
            : ResultCharts.Ranked(r.Tallies.Select(t => (text.Of(t.Choice.Label), (double)t.Count)), text["CountSeries"]);
    }

    public IReadOnlyList<(string Label, string Score)> Top(ItemReport item, ReportText text, int top) =>
        [.. ((ChoiceResults)item.Results).Tallies.Select((t, i) => (t, i)).Where(x => x.t.Count > 0).OrderByDescending(x => x.t.Count).ThenBy(x => x.i).Take(top)
            .Select(x => (text.Of(x.t.Choice.Label), text.Count(x.t.Count)))];

    public void Table(WordBody body, ItemReport item, SeriesReport report, ReportText text)
    {
        var r = (ChoiceResults)item.Results;
        body.Table([6, 2, 2], [text["Option"], text["CountSeries"], text["Share"]],
            r.Tallies.Select(t => ResultTables.Cells((text.Of(t.Choice.Label), t.Count == r.Tallies.Max(x => x.Count) && t.Count > 0), ResultTables.Plain(text.Count(t.Count)), ResultTables.Plain(text.Percent(t.Share)))));
    }

    /// <summary>The clearest single choice of the latest forum that has one.</summary>
    public KeyMessage? KeyMessage(IReadOnlyList<ForumReport> forums, ReportText text)
    {
        var choice = forums.AsEnumerable().Reverse().SelectMany(f => f.Items)
            .FirstOrDefault(i => i.Spec is SingleChoiceSpec && i.Results is ChoiceResults { Respondents: > 0 });
        if (choice is not { Results: ChoiceResults tallies })
        {
            return null;
        }

        var best = tallies.Tallies.OrderByDescending(t => t.Count).First();
        return new KeyMessage(
            text.Format("KeyChoice", SafeText.Line(text.Of(choice.Prompt), 70), SafeText.Line(text.Of(best.Choice.Label), 60), text.Percent(best.Share)),
            AfterParticipation: true);
    }
}
