using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Localization;
using Collaboration.Forums.Items;
using Collaboration.Forums.Results;
using Collaboration.Forums.Results.Disclosure;
using Collaboration.Forums.Series;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// The results part of an item card: a Teams chart where a chart fits, always with a table fallback carrying the
/// same numbers for hosts that do not render charts.
/// </summary>
internal static class ResultsSections
{
    private const int TextAnswersShown = 5;
    private const int NeedsShown = 5;
    private const int LabelLength = 60;

    public static IEnumerable<CardElement> For(BotText text, ForumSeries series, ForumItem item, ItemResults results, bool withSupportButtons)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.WithheldBelow is { } threshold)
        {
            yield return CardParts.Heading(text["Results.HeadingWithheld"]);
            yield return CardParts.Subtle(text.Format("Results.Withheld", threshold));
            yield break;
        }

        yield return CardParts.Heading(text.Format("Results.Heading", results.Respondents));
        if (results.Respondents == 0)
        {
            yield return CardParts.Subtle(text["Results.None"]);
            yield break;
        }

        var elements = results switch
        {
            ChoiceResults c => Bars(text, c.Tallies.Select(t => (text.Of(t.Choice.Label), (double)t.Count, text.Percent(t.Share)))),
            PointsResults p => Bars(text, p.Ranking.Select(t => (text.Of(t.Choice.Label), (double)t.Points, text.Percent(t.Share)))),
            RatingResults r => Rating(text, r),
            TextResults t => TextAnswers(text, t),
            NeedsResults n => Needs(text, series, item, n, withSupportButtons),
            MatrixChoiceResults m => MatrixChoice(text, m),
            MatrixRatingResults m => MatrixRating(text, m),
            _ => [],
        };
        foreach (var element in elements)
        {
            yield return element;
        }

        // Respondents per group only, never a group's split over the options: see GroupSuppression for why.
        if (results.ByGroup.Count > 0)
        {
            yield return new TextBlock(text["Results.ByGroup"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
            yield return new FactSet([.. results.ByGroup.Select(g => new Fact(CardText.Escape(GroupName(text, series, g.GroupKey)), text.Format("Results.Respondents", g.Respondents)))]);
        }

        if (results.ByGroup.Count == 0 || results.ByGroup[^1].GroupKey == GroupRespondents.OtherGroups)
        {
            yield return CardParts.Subtle(text.Format("Results.GroupsHidden", series.MinGroupSize));
        }
    }

    /// <summary>One line that sums up results, for confirmations and the moderator's overview.</summary>
    public static string Summary(BotText text, ItemResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.WithheldBelow is { } threshold)
        {
            return text.Format("Results.Withheld", threshold);
        }

        var respondents = text.Format("Results.Respondents", results.Respondents);
        var lead = results switch
        {
            ChoiceResults c when c.Tallies.Count > 0 => Lead(text.Of(c.Tallies.MaxBy(t => t.Count)!.Choice.Label), text.Percent(c.Tallies.Max(t => t.Share))),
            PointsResults p when p.Ranking.Count > 0 => Lead(text.Of(p.Ranking[0].Choice.Label), text.Format("Results.Points", p.Ranking[0].Points)),
            RatingResults { Mean: { } mean } => text.Format("Results.Mean", text.Number(mean)),
            MatrixRatingResults m when m.Rows.Count > 0 && m.Rows[0].Mean is { } best => Lead(text.Of(m.Rows[0].Row.Label), text.Format("Results.Mean", text.Number(best))),
            _ => null,
        };
        return lead is null ? respondents : respondents + " · " + lead;

        static string Lead(string label, string figure) => CardText.EscapeAndTruncate(label, LabelLength) + " (" + figure + ")";
    }

    private static string GroupName(BotText text, ForumSeries series, string key) =>
        key == GroupRespondents.OtherGroups ? text["Results.OtherGroups"] : series.Groups.FirstOrDefault(g => g.Key == key) is { } group ? text.Of(group.Name) : key;

    private static IEnumerable<CardElement> Bars(BotText text, IEnumerable<(string Label, double Value, string Share)> bars)
    {
        var list = bars.ToList();
        var table = FigureTable(text, list.Select(b => (b.Label, text.Number(b.Value, 0), b.Share)));
        yield return new ChartHorizontalBar([.. list.Select(b => new BarChartDatum(CardText.Truncate(b.Label, LabelLength), b.Value))], table)
        {
            ColorSet = "categorical",
        };
    }

    private static IEnumerable<CardElement> Rating(BotText text, RatingResults results)
    {
        if (results.Mean is { } mean)
        {
            yield return new TextBlock(text.Format("Results.Mean", text.Number(mean))) { Size = TextSize.Large, Weight = TextWeight.Bolder };
        }

        var table = FigureTable(text, results.Distribution.Select(b => (text.Number(b.Value, 0), text.Number(b.Count, 0), text.Percent(b.Share))));
        yield return new ChartVerticalBar([.. results.Distribution.Select(b => new BarChartDatum(text.Number(b.Value, 0), b.Count))], table);
    }

    private static IEnumerable<CardElement> TextAnswers(BotText text, TextResults results)
    {
        foreach (var answer in results.Answers.TakeLast(TextAnswersShown))
        {
            yield return new TextBlock("„" + CardText.EscapeAndTruncate(answer, 300) + "“") { Spacing = Spacing.Small };
        }

        if (results.Answers.Count > TextAnswersShown)
        {
            yield return CardParts.Subtle(text.Format("Results.MoreAnswers", results.Answers.Count - TextAnswersShown));
        }
    }

    private static IEnumerable<CardElement> Needs(BotText text, ForumSeries series, ForumItem item, NeedsResults results, bool withSupportButtons)
    {
        yield return CardParts.Subtle(string.Join(" · ", Enum.GetValues<NeedKind>().Select(k => text["NeedKind." + k] + ": " + results.CountOf(k))));
        foreach (var need in results.Ranking.Take(NeedsShown))
        {
            var topic = series.Topics.FirstOrDefault(t => t.Key == need.TopicKey) is { } found ? text.Of(found.Name) : need.TopicKey;
            var line = new TextBlock($"{need.Rank}. {CardText.EscapeAndTruncate(need.Text, 200)}") { Spacing = Spacing.Small };
            var merged = need.IsMerged ? " · " + text.Format("Results.MergedFrom", need.Sources.Count) : string.Empty;
            var meta = CardParts.Subtle($"{text["NeedKind." + need.Kind]} · {CardText.Escape(topic)} · {text.Format("Results.Supporters", need.Supporters)}{merged}");
            if (!withSupportButtons || item.Status != ItemStatus.Open)
            {
                yield return line;
                yield return meta;
                continue;
            }

            var support = new ActionExecute(CardVerbs.SupportNeed)
            {
                Title = text["Action.Support"],
                Data = CardData.Of((CardData.NeedId, need.NeedId)),
                AssociatedInputs = AssociatedInputs.None,
            };
            yield return new ColumnSet(
            [
                new Column([line, meta]) { Width = ColumnWidth.Stretch },
                new Column([new ActionSet([support])]) { Width = ColumnWidth.Auto },
            ]);
        }

        if (results.Ranking.Count > NeedsShown)
        {
            yield return CardParts.Subtle(text.Format("Results.MoreNeeds", results.Ranking.Count - NeedsShown));
        }
    }

    private static IEnumerable<CardElement> MatrixChoice(BotText text, MatrixChoiceResults results)
    {
        var rows = results.Rows.Select(r =>
        {
            var leader = r.Leader is null ? text["Results.NoLeader"] : text.Of(r.Leader.Label);
            var share = r.Leader is null ? string.Empty : text.Percent(r.Columns.First(c => c.Choice.Key == r.Leader.Key).Share);
            return (text.Of(r.Row.Label), leader, share);
        });
        yield return Table([text["Results.Row"], text["Results.Leader"], text["Results.Share"]], rows);
    }

    private static IEnumerable<CardElement> MatrixRating(BotText text, MatrixRatingResults results)
    {
        var rows = results.Rows.Select(r => (
            $"{r.Rank}. {text.Of(r.Row.Label)}",
            r.Mean is { } mean ? text.Number(mean) : "–",
            r.Cells.Where(c => c.Mean is not null).MaxBy(c => c.Mean) is { } best ? text.Of(best.Column.Label) : "–"));
        yield return Table([text["Results.Row"], text["Results.MeanShort"], text["Results.Strongest"]], rows);
    }

    private static Table FigureTable(BotText text, IEnumerable<(string Label, string Value, string Share)> rows) =>
        Table([text["Results.Option"], text["Results.Count"], text["Results.Share"]], rows);

    private static Table Table(string[] header, IEnumerable<(string A, string B, string C)> rows)
    {
        var body = rows.Select(r => new TableRow([
            TableCell.OfText(CardText.EscapeAndTruncate(r.A, LabelLength)),
            TableCell.OfText(CardText.Escape(r.B)),
            TableCell.OfText(CardText.Escape(r.C)),
        ]));
        var head = new TableRow([.. header.Select(h => TableCell.OfText(h))]);
        return new Table([new TableColumn(ColumnWidth.Relative(3)), new TableColumn(ColumnWidth.Relative(1)), new TableColumn(ColumnWidth.Relative(1))], [head, .. body])
        {
            FirstRowAsHeader = true,
            ShowGridLines = false,
        };
    }
}
