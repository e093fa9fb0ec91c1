namespace Collaboration.Reports.Charts;

/// <summary>
/// The charts of the overview (people and answers per group) and the pieces the kinds' charts share; which chart an
/// item gets is its kind's choice (<see cref="KindRenderings"/>).
/// </summary>
internal static class ResultCharts
{
    public const int LabelLength = 60;
    public const int MaxBars = 12;

    /// <summary>The chart of the item's kind, or null where a table fits better.</summary>
    public static ChartSpec? For(ItemReport item, ReportText text) => KindRenderings.For(item.Results).Chart(item, text);

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

    /// <summary>Horizontal bars, largest first (ties in the given order), at most <see cref="MaxBars"/>.</summary>
    public static ChartSpec Ranked(IEnumerable<(string Label, double Value)> entries, string seriesName)
    {
        var ordered = entries.Select((e, i) => (e.Label, e.Value, i)).OrderByDescending(e => e.Value).ThenBy(e => e.i).Take(MaxBars).ToList();
        return new ChartSpec(ChartKind.Bar, Labels(ordered.Select(e => e.Label)), [new ChartSeries(seriesName, [.. ordered.Select(e => e.Value)])]);
    }

    public static List<string> Labels(IEnumerable<string> labels) => [.. labels.Select(l => SafeText.Line(l, LabelLength))];
}
