using Collaboration.Forums.Results;
using Collaboration.Reports.Model;
using Collaboration.Reports.Text;

namespace Collaboration.Reports.Insights;

/// <summary>An item's leading entries, best first, as one label and one score each: what carries over and what a summary names.</summary>
internal static class TopEntries
{
    public static IReadOnlyList<(string Label, string Score)> Of(ItemReport item, ReportText text, int top) => item.Results switch
    {
        NeedsResults r => [.. r.Ranking.Take(top).Select(n => (n.Text, text.Count(n.Supporters)))],
        PointsResults r => [.. r.Ranking.Where(p => p.Points > 0).Take(top).Select(p => (text.Of(p.Choice.Label), text.Count(p.Points)))],
        ChoiceResults r => [.. r.Tallies.Select((t, i) => (t, i)).Where(x => x.t.Count > 0).OrderByDescending(x => x.t.Count).ThenBy(x => x.i).Take(top)
            .Select(x => (text.Of(x.t.Choice.Label), text.Count(x.t.Count)))],
        MatrixRatingResults r => [.. r.Rows.Where(x => x.Mean is not null).Take(top).Select(x => (text.Of(x.Row.Label), text.Number(x.Mean!.Value)))],
        MatrixChoiceResults r => [.. r.Rows.Take(top).Select(x => (text.Of(x.Row.Label), x.Leader is null ? "–" : text.Of(x.Leader.Label)))],
        _ => [],
    };

    /// <summary>Whether the item has anything to show: at least one answer, entry or text.</summary>
    public static bool HasAnswers(ItemResults results) => results switch
    {
        NeedsResults r => r.Ranking.Count > 0,
        TextResults r => r.Answers.Count > 0,
        _ => results.Respondents > 0,
    };
}
