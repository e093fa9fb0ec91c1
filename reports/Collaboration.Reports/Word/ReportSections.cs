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

    public static void NeedsByTopic(WordBody body, SeriesReport report, ReportText text)
    {
        var needs = report.Forums.SelectMany(f => f.Items).Select(i => i.Results).OfType<NeedsResults>().SelectMany(r => r.Ranking).ToList();
        body.Heading(1, text["NeedsByTopicTitle"]);
        if (needs.Count == 0)
        {
            body.Text(text["NoAnswers"], bold: true);
            return;
        }

        var topics = report.Topics.Select(t => (t.Key, Name: text.Of(t.Name)))
            .Concat(needs.Select(n => n.TopicKey).Distinct(StringComparer.Ordinal).Where(k => report.Topics.All(t => t.Key != k)).Select(k => (Key: k, Name: k)));
        // One pass over the needs, in ranking order within each topic and kind (a report may hold 100,000).
        var byTopicAndKind = needs.ToLookup(n => (n.TopicKey, n.Kind));
        var byTopic = needs.Select(n => n.TopicKey).ToHashSet(StringComparer.Ordinal);
        var supporters = text["Supporters"];
        var numbers = new string?[256];
        string Number(int value) => value is >= 0 and < 256 ? numbers[value] ??= Plain(value) : Plain(value);
        static string Plain(int value) => value.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, name) in topics)
        {
            if (!byTopic.Contains(key))
            {
                continue;
            }

            body.Heading(2, SafeText.Line(name, 200));
            foreach (var kind in Enum.GetValues<NeedKind>())
            {
                var entries = byTopicAndKind[(key, kind)];
                if (!entries.Any())
                {
                    continue;
                }

                body.Heading(3, text.Kind(kind));
                foreach (var need in entries)
                {
                    body.Bullet(SafeText.Block(need.Text, 5000), supporters, Number(need.Supporters));
                    if (need.IsMerged)
                    {
                        body.Text(text.MergedFrom(need, 500), italic: true);
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
