using Collaboration.Reports.Insights;
using Collaboration.Reports.Streaming;

namespace Collaboration.Reports.Word;

/// <summary>The chapters of the Word report, in reading order.</summary>
internal static class ReportSections
{
    public static void TitlePage(WordBody body, SeriesReport report, ReportText text)
    {
        if (body.Theme.Logo is { } logo)
        {
            body.Picture(logo, 2200000, 1200000, text["LogoAlt"]);
        }

        body.Styled(WordStyles.Title, SafeText.Line(text.Of(report.Title), 300));
        body.Styled(WordStyles.Subtitle, text["ReportSubtitle"] + " · " + text["DeckSubtitle"]);
        body.Text(SafeText.Block(text.Of(report.Goal), 3000));
        body.Text(text.Format("AsOf", text.Date(report.AsOf)), bold: true);
        body.PageBreak();
    }

    public static void Contents(WordBody body, SeriesReport report, ReportText text)
    {
        body.Styled(WordStyles.TocHeading, text["TocTitle"]);
        IReadOnlyList<string> chapters =
        [
            text["SummaryTitle"],
            text["MethodologyTitle"],
            .. report.Forums.Select(f => ForumHeading(f, text)),
            text["NeedsByTopicTitle"],
            text["PathTitle"],
            text["AppendixTitle"],
        ];
        body.FieldParagraphs("TOC \\o \"1-2\" \\h \\z \\u", chapters, "TOC1");
        body.PageBreak();
    }

    private static string ForumHeading(ForumReport forum, ReportText text) =>
        text.Format("ForumHeading", forum.Number, SafeText.Line(text.Of(forum.Title), 200));

    public static void Summary(WordBody body, SeriesReport report, ReportText text)
    {
        body.Heading(1, text["SummaryTitle"]);
        foreach (var message in KeyMessages.Compute(report, text))
        {
            body.Text("• " + message);
        }
    }

    public static void Methodology(WordBody body, SeriesReport report, ReportText text)
    {
        body.Heading(1, text["MethodologyTitle"]);
        body.Text(text.Format("MethodologyText", text.ForumsHeld(report.HeldForums, report.Forums.Count), report.MinGroupSize));
        body.Heading(2, text["ParticipationTitle"]);
        body.Text(text.Format("ParticipationLine", report.TotalParticipants, report.Forums.Sum(f => f.TotalAnswers), text.ForumsHeld(report.HeldForums, report.Forums.Count)));
        foreach (var (title, spec) in new[] { (text["PeopleChart"], ResultCharts.Participants(report, text)), (text["AnswersChart"], ResultCharts.Answers(report, text)) })
        {
            if (spec.Categories.Count == 0)
            {
                continue;
            }

            body.Heading(3, title);
            body.Chart(spec, text.Format("ChartAlt", title));
            body.Table([4, .. spec.Series.Select(_ => 2)], [string.Empty, .. spec.Series.Select(s => s.Name)],
                spec.Categories.Select((c, i) => (IReadOnlyList<(string, bool)>)[(c, false), .. spec.Series.Select(s => (text.Amount(s.Values[i]), false))]));
        }
    }

    public static void Forum(WordBody body, SeriesReport report, ForumReport forum, ReportText text)
    {
        body.Heading(1, ForumHeading(forum, text));
        body.Text(SafeText.Block(text.Of(forum.Description), 3000));
        if (forum.Items.Count == 0)
        {
            body.Text(text["EmptyForum"], bold: true);
            return;
        }

        foreach (var item in forum.Items)
        {
            Item(body, report, item, text);
        }
    }

    /// <summary>One item: heading, who answered, then its chart and full table, or why there are none to show.</summary>
    public static void Item(WordBody body, SeriesReport report, ItemReport item, ReportText text)
    {
        body.Heading(2, SafeText.Line(text.Of(item.Prompt), 250));
        body.Text(ItemSlide.RespondentsLine(item, text), italic: true);
        if (item.Results.WithheldBelow is { } threshold)
        {
            body.Text(text.Format("Withheld", threshold), bold: true);
            return;
        }

        if (!TopEntries.HasAnswers(item.Results))
        {
            body.Text(text["NoAnswers"], bold: true);
            return;
        }

        if (ResultCharts.For(item, text) is { } chart)
        {
            var alt = text.Format("ChartAlt", SafeText.Line(text.Of(item.Prompt), 200));
            body.Chart(chart, alt, chart.Kind == ChartKind.Bar ? 400000L + (chart.Categories.Count * 300000L) : 3000000);
            body.Text(alt, style: WordStyles.Caption);
        }

        ResultTables.Write(body, item, report, text);
    }

    /// <summary>
    /// All needs by topic and kind, each in ranking order (items one after the other); topics the series does not list
    /// follow its own, in the order they first appear. The rankings are scanned in place, once per topic and kind
    /// present, rather than copied and grouped: a report may hold 100,000 needs.
    /// </summary>
    public static void NeedsByTopic(WordBody body, SeriesReport report, ReportText text)
    {
        var rankings = report.Forums.SelectMany(f => f.Items).Select(i => i.Results).OfType<NeedsResults>().Select(r => r.Ranking).Where(r => r.Count > 0).ToList();
        body.Heading(1, text["NeedsByTopicTitle"]);
        if (rankings.Count == 0)
        {
            body.Text(text["NoAnswers"], bold: true);
            return;
        }

        var listed = report.Topics.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var unlisted = new List<string>();
        var present = new HashSet<(string TopicKey, NeedKind Kind)>();
        foreach (var ranking in rankings)
        {
            for (var i = 0; i < ranking.Count; i++)
            {
                var need = ranking[i];
                if (present.Add((need.TopicKey, need.Kind)) && !listed.Contains(need.TopicKey) && !unlisted.Contains(need.TopicKey, StringComparer.Ordinal))
                {
                    unlisted.Add(need.TopicKey);
                }
            }
        }

        var topics = report.Topics.Select(t => (t.Key, Name: text.Of(t.Name))).Concat(unlisted.Select(k => (Key: k, Name: k)));
        var supporters = text["Supporters"];
        var numbers = new string?[256];
        string Number(int value) => value is >= 0 and < 256 ? numbers[value] ??= Plain(value) : Plain(value);
        static string Plain(int value) => value.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, name) in topics)
        {
            var kinds = Enum.GetValues<NeedKind>().Where(kind => present.Contains((key, kind))).ToList();
            if (kinds.Count == 0)
            {
                continue;
            }

            body.Heading(2, SafeText.Line(name, 200));
            foreach (var kind in kinds)
            {
                body.Heading(3, text.Kind(kind));
                foreach (var ranking in rankings)
                {
                    for (var i = 0; i < ranking.Count; i++)
                    {
                        var need = ranking[i];
                        if (need.Kind != kind || !string.Equals(need.TopicKey, key, StringComparison.Ordinal))
                        {
                            continue;
                        }

                        body.Bullet(SafeText.Block(need.Text, 5000), supporters, Number(need.Supporters));
                        if (need.IsMerged)
                        {
                            body.Text(text.MergedFrom(need, 500), italic: true);
                        }
                    }
                }
            }
        }
    }

    public static void Path(WordBody body, SeriesReport report, ReportText text)
    {
        body.Heading(1, text["PathTitle"]);
        if (report.ImplementationPath.Count == 0)
        {
            body.Text(text["PathEmpty"]);
            return;
        }

        body.Table([3, 7, 2], [text["Phase"], text["Milestone"], text["Due"]],
            report.ImplementationPath.Select(m => (IReadOnlyList<(string, bool)>)[(text.Of(m.Phase), false), (text.Of(m.Title), false), (m.Due ?? string.Empty, false)]));
    }

    /// <summary>Every published open answer, read one at a time from <paramref name="answers"/>: the report's longest part.</summary>
    public static async Task AppendixAsync(WordBody body, SeriesReport report, IOpenAnswerSource answers, ReportText text, CancellationToken cancellationToken)
    {
        body.Heading(1, text["AppendixTitle"]);
        var any = false;
        foreach (var forum in report.Forums)
        {
            // Withheld items publish no answers (Count 0), so their texts are never read.
            foreach (var item in forum.Items.Where(i => i.Results is TextResults { Answers.Count: > 0 }))
            {
                any = true;
                body.Heading(2, $"Forum {forum.Number}: {SafeText.Line(text.Of(item.Prompt), 250)}");
                await foreach (var answer in answers.ReadAsync(item, cancellationToken))
                {
                    body.Text(SafeText.Block(answer, 20000), style: WordStyles.Quote);
                }
            }
        }

        if (!any)
        {
            body.Text(text["AppendixNone"]);
        }
    }
}
