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

    /// <summary>People per stakeholder group (columns): onboarded in the series, then taking part in each forum.</summary>
    public static ChartSpec Participants(SeriesReport report, ReportText text)
    {
        var keys = GroupKeys(report);
        var series = new List<ChartSeries> { new(text["ParticipantsSeries"], [.. keys.Select(k => Count(report.Participants, k))]) };
        series.AddRange(report.Forums.Select(f => new ChartSeries($"Forum {f.Number}", [.. keys.Select(k => Count(f.RespondentsByGroup, k))])));
        return new ChartSpec(ChartKind.Bar, [.. keys.Select(k => GroupName(report, k, text))], series);
    }

    /// <summary>Answers per stakeholder group (columns), one series per forum.</summary>
    public static ChartSpec Answers(SeriesReport report, ReportText text)
    {
        var keys = GroupKeys(report);
        return new ChartSpec(ChartKind.Bar, [.. keys.Select(k => GroupName(report, k, text))],
            [.. report.Forums.Select(f => new ChartSeries($"Forum {f.Number}", [.. keys.Select(k => Count(f.Answers, k))]))]);
    }

    private static List<string> GroupKeys(SeriesReport report) =>
        [.. report.Groups.Select(g => g.Key).Append(GroupCount.OtherGroups).Append(GroupCount.AnonymousAnswers)
            .Where(k => report.Participants.Any(p => p.GroupKey == k) || report.Forums.Any(f => f.Answers.Any(a => a.GroupKey == k)))];

    private static double Count(IReadOnlyList<GroupCount> counts, string key) => counts.FirstOrDefault(c => c.GroupKey == key)?.Count ?? 0;

    public static string GroupName(SeriesReport report, string key, ReportText text) =>
        key == GroupCount.OtherGroups ? text["OtherGroups"] : key == GroupCount.AnonymousAnswers ? text["AnonymousAnswers"] : SafeText.Line(text.Of(report.Groups.FirstOrDefault(g => g.Key == key)?.Name) is { Length: > 0 } name ? name : key, LabelLength);

    private static ChartSpec Ranked(IEnumerable<(string Label, double Value)> entries, string seriesName)
    {
        var ordered = entries.Select((e, i) => (e.Label, e.Value, i)).OrderByDescending(e => e.Value).ThenBy(e => e.i).Take(MaxBars).ToList();
        return new ChartSpec(ChartKind.Bar, Labels(ordered.Select(e => e.Label)), [new ChartSeries(seriesName, [.. ordered.Select(e => e.Value)])]);
    }

    private static List<string> Labels(IEnumerable<string> labels) => [.. labels.Select(l => SafeText.Line(l, LabelLength))];

    private static string ScaleLabel(int value, RatingScaleSpec spec, ReportText text)
    {
        var label = value == spec.Min ? spec.MinLabel : value == spec.Max ? spec.MaxLabel : null;
        return label is null ? text.Count(value) : $"{text.Count(value)} ({SafeText.Line(text.Of(label), 30)})";
    }
}
