using Collaboration.Forums.Items;
using Collaboration.Forums.Results;
using Collaboration.Reports.Model;
using Collaboration.Reports.Text;

namespace Collaboration.Reports.Charts;

/// <summary>
/// Chooses the chart that fits an item's results: a pie for the shares of a single choice with few options, columns
/// for a rating scale, horizontal bars (best first) for multiple choice and points. Null where a table fits better.
/// </summary>
internal static class ResultCharts
{
    public const int LabelLength = 60;
    public const int MaxBars = 12;
    private const int MaxPieSlices = 6;

    public static ChartSpec? For(ItemReport item, ReportText text) => item.Results switch
    {
        ChoiceResults r when item.Spec is SingleChoiceSpec && r.Tallies.Count <= MaxPieSlices =>
            new ChartSpec(ChartKind.Pie, Labels(r.Tallies.Select(t => text.Of(t.Choice.Label))), [new ChartSeries(text["CountSeries"], [.. r.Tallies.Select(t => (double)t.Count)])]),
        ChoiceResults r => Ranked(r.Tallies.Select(t => (text.Of(t.Choice.Label), (double)t.Count)), text["CountSeries"]),
        PointsResults r => Ranked(r.Ranking.Select(t => (text.Of(t.Choice.Label), (double)t.Points)), text["PointsSeries"]),
        RatingResults r when item.Spec is RatingScaleSpec spec => new ChartSpec(ChartKind.Column,
            [.. r.Distribution.Select(b => ScaleLabel(b.Value, spec, text))],
            [new ChartSeries(text["RatingSeries"], [.. r.Distribution.Select(b => (double)b.Count)])]),
        _ => null,
    };

    /// <summary>Participants and answers per stakeholder group (columns), one series per forum.</summary>
    public static ChartSpec Participation(SeriesReport report, ReportText text)
    {
        var keys = report.Groups.Select(g => g.Key).Append(GroupCount.OtherGroups)
            .Where(k => report.Participants.Any(p => p.GroupKey == k) || report.Forums.Any(f => f.Answers.Any(a => a.GroupKey == k)))
            .ToList();
        var categories = keys.Select(k => GroupName(report, k, text)).ToList();
        var series = new List<ChartSeries>
        {
            new(text["ParticipantsSeries"], [.. keys.Select(k => (double)(report.Participants.FirstOrDefault(p => p.GroupKey == k)?.Count ?? 0))]),
        };
        series.AddRange(report.Forums.Select(f => new ChartSeries(text.Format("AnswersInForum", f.Number),
            [.. keys.Select(k => (double)(f.Answers.FirstOrDefault(a => a.GroupKey == k)?.Count ?? 0))])));
        return new ChartSpec(ChartKind.Column, categories, series);
    }

    public static string GroupName(SeriesReport report, string key, ReportText text) =>
        key == GroupCount.OtherGroups ? text["OtherGroups"] : SafeText.Line(text.Of(report.Groups.FirstOrDefault(g => g.Key == key)?.Name) is { Length: > 0 } name ? name : key, LabelLength);

    private static ChartSpec Ranked(IEnumerable<(string Label, double Value)> entries, string seriesName)
    {
        var ordered = entries.Select((e, i) => (e.Label, e.Value, i)).OrderByDescending(e => e.Value).ThenBy(e => e.i).Take(MaxBars).ToList();
        return new ChartSpec(ChartKind.Bar, Labels(ordered.Select(e => e.Label)), [new ChartSeries(seriesName, [.. ordered.Select(e => e.Value)])]);
    }

    private static List<string> Labels(IEnumerable<string> labels) => [.. labels.Select(l => SafeText.Line(l, LabelLength))];

    private static string ScaleLabel(int value, RatingScaleSpec spec, ReportText text)
    {
        var label = value == spec.Min ? spec.MinLabel : value == spec.Max ? spec.MaxLabel : null;
        return label is null ? value.ToString(text.Culture) : $"{value.ToString(text.Culture)} ({SafeText.Line(text.Of(label), 30)})";
    }
}
