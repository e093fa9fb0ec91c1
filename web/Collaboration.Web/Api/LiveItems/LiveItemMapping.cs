using Collaboration.Forums.Items;
using Collaboration.Forums.Results;
using Collaboration.Web.Localization;

namespace Collaboration.Web.Api.LiveItems;

/// <summary>
/// Turns an item and its published results into a <see cref="LiveItem"/>. It only translates: the results come from
/// the domain after disclosure, so the live views show exactly the numbers the cards would, and nothing more (an
/// open question's texts never reach the stage; needs show their ten best supported, as the cards do).
/// </summary>
internal static class LiveItemMapping
{
    private const int NeedsShown = 10;

    public static LiveItem Map(ForumItem item, ItemResults results, WebText text)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(text);
        var live = new LiveItem(item.Id, item.Key, text.Of(item.Prompt), item.Spec.KindName, StatusName(item.Status), item.Anonymous,
            results.Respondents, results.WithheldBelow, [], null, null);
        if (results.WithheldBelow is not null)
        {
            return live;
        }

        return results switch
        {
            ChoiceResults choice => live with { Bars = [.. choice.Tallies.Select(t => new LiveBar(text.Of(t.Choice.Label), t.Count, t.Share))] },
            RatingResults rating => live with
            {
                Bars = [.. rating.Distribution.Select(b => new LiveBar(b.Value.ToString(text.Culture), b.Count, b.Share))],
                Mean = rating.Mean,
            },
            PointsResults points => live with { Bars = [.. points.Ranking.Select(t => new LiveBar(text.Of(t.Choice.Label), t.Points, t.Share))] },
            NeedsResults needs => live with
            {
                Bars = [.. needs.Ranking.Take(NeedsShown).Select(n => new LiveBar(n.Text, n.Supporters,
                    needs.Respondents == 0 ? 0 : Math.Min(1, (double)n.Supporters / needs.Respondents), text["NeedKind." + n.Kind]))],
            },
            MatrixChoiceResults matrix => live with { Matrix = ChoiceMatrix(item, matrix, text) },
            MatrixRatingResults matrix => live with
            {
                Matrix = new LiveMatrix("mean", [.. matrix.Columns.Select(c => text.Of(c.Label))],
                    [.. matrix.Rows.Select(r => new LiveMatrixRow(text.Of(r.Row.Label), [.. matrix.Columns.Select(c => r.Cells.FirstOrDefault(x => x.Column.Key == c.Key)?.Mean)]))]),
            },
            _ => live,
        };
    }

    public static string StatusName(ItemStatus status) => status switch
    {
        ItemStatus.Open => "open",
        ItemStatus.Closed => "closed",
        _ => "draft",
    };

    private static LiveMatrix ChoiceMatrix(ForumItem item, MatrixChoiceResults matrix, WebText text)
    {
        var columns = item.Spec is MatrixChoiceSpec spec ? spec.Columns : [];
        return new LiveMatrix("count", [.. columns.Select(c => text.Of(c.Label))],
            [.. matrix.Rows.Select(r => new LiveMatrixRow(text.Of(r.Row.Label),
                [.. columns.Select(c => (double?)(r.Columns.FirstOrDefault(t => t.Choice.Key == c.Key)?.Count ?? 0))]))]);
    }
}
