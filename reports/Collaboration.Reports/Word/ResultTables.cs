using Collaboration.Forums.Results;
using Collaboration.Reports.Model;
using Collaboration.Reports.Text;

namespace Collaboration.Reports.Word;

/// <summary>The full table of an item's results for the Word report: every option, every entry, the winning cells marked.</summary>
internal static class ResultTables
{
    public static void Write(WordBody body, ItemReport item, SeriesReport report, ReportText text)
    {
        switch (item.Results)
        {
            case ChoiceResults r:
                body.Table([6, 2, 2], [text["Option"], text["CountSeries"], text["Share"]],
                    r.Tallies.Select(t => Cells((text.Of(t.Choice.Label), t.Count == r.Tallies.Max(x => x.Count) && t.Count > 0), Plain(text.Count(t.Count)), Plain(text.Percent(t.Share)))));
                break;
            case RatingResults r:
                body.Table([6, 2, 2], [text["Value"], text["RatingSeries"], text["Share"]],
                    r.Distribution.Select(b => Cells(Plain(text.Count(b.Value)), Plain(text.Count(b.Count)), Plain(text.Percent(b.Share)))));
                if (r.Mean is { } mean)
                {
                    body.Text(text.Format("Mean", text.Number(mean), r.Distribution.Count == 0 ? 0 : r.Distribution[^1].Value), bold: true);
                }

                break;
            case PointsResults r:
                body.Table([1, 6, 2, 2, 2], [text["Rank"], text["Option"], text["PointsSeries"], text["Supporters"], text["Share"]],
                    r.Ranking.Select(t => Cells(Plain(text.Count(t.Rank)), (text.Of(t.Choice.Label), t.Rank == 1 && t.Points > 0),
                        Plain(text.Count(t.Points)), Plain(text.Count(t.Supporters)), Plain(text.Percent(t.Share)))));
                break;
            case NeedsResults r:
                var topics = report.Topics.ToDictionary(t => t.Key, t => t.Name, StringComparer.Ordinal);
                body.Table([1, 7, 2, 3, 2], [text["Rank"], text["Entry"], text["Kind"], text["Topic"], text["Supporters"]],
                    r.Ranking.Select(n => Cells(Plain(text.Count(n.Rank)), (n.IsMerged ? $"{n.Text} ({text.MergedFrom(n, 200)})" : n.Text, n.Rank == 1), Plain(text.Kind(n.Kind)),
                        Plain(topics.TryGetValue(n.TopicKey, out var topic) ? text.Of(topic) : n.TopicKey), Plain(text.Count(n.Supporters)))));
                break;
            case MatrixChoiceResults r when r.Rows.Count > 0:
                body.Table([3, .. r.Rows[0].Columns.Select(_ => 2)], [string.Empty, .. r.Rows[0].Columns.Select(c => text.Of(c.Choice.Label))],
                    r.Rows.Select(row => (IReadOnlyList<(string, bool)>)[Plain(text.Of(row.Row.Label)),
                        .. row.Columns.Select(c => (text.Count(c.Count), row.Leader?.Key == c.Choice.Key))]));
                body.Text(text["MatrixLegend"], italic: true, style: WordStyles.Caption);
                break;
            case MatrixRatingResults r:
                var best = r.Columns.Select((_, i) => r.Rows.Select(x => x.Cells[i].Mean).Max()).ToList();
                body.Table([3, .. r.Columns.Select(_ => 2), 2], [string.Empty, .. r.Columns.Select(c => text.Of(c.Label)), text["Overall"]],
                    r.Rows.Select(row => (IReadOnlyList<(string, bool)>)[Plain($"{row.Rank}. {text.Of(row.Row.Label)}"),
                        .. row.Cells.Select((c, i) => (c.Mean is { } m ? text.Number(m) : "–", c.Mean is not null && c.Mean == best[i])),
                        (row.Mean is { } mean ? text.Number(mean) : "–", row.Rank == 1 && row.Mean is not null)]));
                body.Text(text["MatrixRatingLegend"], italic: true, style: WordStyles.Caption);
                break;
            case TextResults r:
                body.Text(text.Format("SeeAppendix", r.Answers.Count), italic: true);
                break;
        }
    }

    private static (string, bool) Plain(string value) => (value, false);

    private static (string Text, bool Marked)[] Cells(params (string, bool)[] cells) => cells;
}
