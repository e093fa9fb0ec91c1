using Collaboration.Forums.Kinds.Ranking;

namespace Collaboration.Reports.Insights;

/// <summary>
/// The management summary's messages, computed from the results (never written by hand): each kind's message (the top
/// need, the service with most points, the preferred operator model, ...) in <see cref="Order"/>, participation, then
/// the messages that close the summary while it is short.
/// </summary>
internal static class KeyMessages
{
    public const int LabelLength = 90;
    private const int MaxMessages = 5;

    // The series' story as an executive reads it: what the district needs, which services answer it, how they are run,
    // then what was ranked and chosen. Results of kinds not named here speak after these, in the registry's order.
    private static readonly Type[] Order =
        [typeof(NeedsResults), typeof(PointsResults), typeof(MatrixRatingResults), typeof(RankingResults), typeof(ChoiceResults)];

    public static IReadOnlyList<string> Compute(SeriesReport report, ReportText text)
    {
        var kinds = KindRenderings.All.OrderBy(Place).Select(k => k.KeyMessage(report.Forums, text)).OfType<KeyMessage>().ToList();
        var messages = kinds.Where(m => !m.AfterParticipation).Select(m => m.Text).ToList();

        var answers = report.Forums.Sum(f => f.TotalAnswers);
        if (report.TotalParticipants > 0 || answers > 0)
        {
            messages.Add(text.Format("KeyParticipation", report.TotalParticipants, answers, text.ForumsHeld(report.HeldForums, report.Forums.Count)));
        }

        foreach (var closing in kinds.Where(m => m.AfterParticipation))
        {
            if (messages.Count < MaxMessages)
            {
                messages.Add(closing.Text);
            }
        }

        return messages.Count == 0 ? [text["KeyNone"]] : messages;
    }

    private static int Place(IKindRendering rendering) => Array.IndexOf(Order, rendering.ResultsType) is var at and >= 0 ? at : Order.Length;
}
