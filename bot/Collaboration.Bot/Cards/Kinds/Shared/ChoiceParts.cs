using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards.Kinds.Shared;

/// <summary>The answer and results parts single and multiple choice share: one choice set, comma-separated keys.</summary>
internal static class ChoiceParts
{
    public static Answer Read(JsonObject inputs) =>
        new ChoiceAnswer([.. (AnswerInputs.String(inputs, CardInput.Choice.Id()) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);

    public static void Write(Answer answer, IDictionary<string, string> values)
    {
        if (answer is ChoiceAnswer choice)
        {
            values[CardInput.Choice.Id()] = string.Join(',', choice.ChoiceKeys);
        }
    }

    public static string Describe(BotText text, IReadOnlyList<Choice> choices, Answer answer) =>
        answer is ChoiceAnswer a ? string.Join(", ", a.ChoiceKeys.Select(k => KindParts.Label(text, choices, k))) : string.Empty;

    public static IEnumerable<CardElement> Results(BotText text, ChoiceResults results) =>
        KindParts.Bars(text, results.Tallies.Select(t => (text.Of(t.Choice.Label), (double)t.Count, text.Percent(t.Share))));

    public static string? Lead(BotText text, ChoiceResults results) => results.Tallies.Count == 0 ? null
        : KindParts.Lead(text.Of(results.Tallies.MaxBy(t => t.Count)!.Choice.Label), text.Percent(results.Tallies.Max(t => t.Share)));
}
