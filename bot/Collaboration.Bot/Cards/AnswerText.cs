using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Localization;
using Collaboration.Forums.Answers;
using Collaboration.Forums.Items;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards;

/// <summary>A stored answer in words, for "Ihre Antwort: …" on the voter's own card.</summary>
internal static class AnswerText
{
    public static string Describe(BotText text, ForumItem item, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(item);
        string Label(IEnumerable<Choice> choices, string key) =>
            CardText.Escape(choices.FirstOrDefault(c => c.Key == key) is { } c ? text.Of(c.Label) : key);

        return (item.Spec, answer) switch
        {
            (SingleChoiceSpec s, ChoiceAnswer a) => string.Join(", ", a.ChoiceKeys.Select(k => Label(s.Choices, k))),
            (MultipleChoiceSpec s, ChoiceAnswer a) => string.Join(", ", a.ChoiceKeys.Select(k => Label(s.Choices, k))),
            (_, RatingAnswer a) => text.Number(a.Value, 0),
            (_, TextAnswer a) => "„" + CardText.EscapeAndTruncate(a.Text, 300) + "“",
            (PointsSpec s, PointsAnswer a) => string.Join(", ", a.Points.Select(p => $"{Label(s.Choices, p.Key)}: {p.Value}")),
            (MatrixChoiceSpec s, MatrixChoiceAnswer a) => string.Join("; ", a.ColumnByRow.Select(p => $"{Label(s.Rows, p.Key)} → {Label(s.Columns, p.Value)}")),
            (MatrixRatingSpec, MatrixRatingAnswer a) => text.Format("Item.RatedRows", a.Ratings.Count),
            _ => string.Empty,
        };
    }
}
