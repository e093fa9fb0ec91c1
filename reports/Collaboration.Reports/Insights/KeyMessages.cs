using Collaboration.Forums.Items;
using Collaboration.Forums.Results;
using Collaboration.Reports.Model;
using Collaboration.Reports.Text;

namespace Collaboration.Reports.Insights;

/// <summary>
/// The management summary's messages, computed from the results (never written by hand): the top need, the service
/// with most points, the preferred operator model, participation, and the clearest single choice of the last forum.
/// </summary>
internal static class KeyMessages
{
    private const int LabelLength = 90;

    public static IReadOnlyList<string> Compute(SeriesReport report, ReportText text)
    {
        var items = report.Forums.SelectMany(f => f.Items).ToList();
        var messages = new List<string>();

        if (items.Select(i => i.Results).OfType<NeedsResults>().FirstOrDefault(r => r.Ranking.Count > 0) is { } needs)
        {
            var top = needs.Ranking[0];
            messages.Add(text.Format("KeyTopNeed", SafeText.Line(top.Text, LabelLength), top.Supporters));
        }

        if (items.Select(i => i.Results).OfType<PointsResults>().FirstOrDefault(r => r.TotalPoints > 0) is { } points)
        {
            var top = points.Ranking[0];
            messages.Add(text.Format("KeyTopService", SafeText.Line(text.Of(top.Choice.Label), LabelLength), top.Points, text.Percent(top.Share)));
        }

        if (items.Select(i => i.Results).OfType<MatrixRatingResults>().FirstOrDefault(r => r.Rows.Count > 0 && r.Rows[0].Mean is not null) is { } models)
        {
            var top = models.Rows[0];
            messages.Add(text.Format("KeyModel", SafeText.Line(text.Of(top.Row.Label), LabelLength), text.Number(top.Mean!.Value)));
        }

        var answers = report.Forums.Sum(f => f.TotalAnswers);
        if (report.TotalParticipants > 0 || answers > 0)
        {
            messages.Add(text.Format("KeyParticipation", report.TotalParticipants, answers, text.ForumsHeld(report.HeldForums, report.Forums.Count)));
        }

        var choice = report.Forums.AsEnumerable().Reverse().SelectMany(f => f.Items)
            .FirstOrDefault(i => i.Spec is SingleChoiceSpec && i.Results is ChoiceResults { Respondents: > 0 });
        if (choice is { Results: ChoiceResults tallies } && messages.Count < 5)
        {
            var best = tallies.Tallies.OrderByDescending(t => t.Count).First();
            messages.Add(text.Format("KeyChoice", SafeText.Line(text.Of(choice.Prompt), 70), SafeText.Line(text.Of(best.Choice.Label), 60), text.Percent(best.Share)));
        }

        return messages.Count == 0 ? [text["KeyNone"]] : messages;
    }
}
