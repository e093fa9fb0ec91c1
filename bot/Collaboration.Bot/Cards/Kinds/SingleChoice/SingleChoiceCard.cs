using Collaboration.Bot.Cards.Kinds.Shared;

namespace Collaboration.Bot.Cards.Kinds.SingleChoice;

internal sealed class SingleChoiceCard : CardKind<SingleChoiceSpec, ChoiceResults>
{
    protected override IEnumerable<CardElement> Inputs(KindCardContext context, SingleChoiceSpec spec)
    {
        yield return new InputChoiceSet(CardInput.Choice.Id(), KindParts.Choices(context.Text, spec.Choices))
        {
            Style = ChoiceInputStyle.Expanded,
            Value = context.Value(CardInput.Choice.Id()),
        };
    }

    protected override Answer? Read(SingleChoiceSpec spec, JsonObject inputs) => ChoiceParts.Read(inputs);

    protected override void Write(SingleChoiceSpec spec, Answer answer, IDictionary<string, string> values) => ChoiceParts.Write(answer, values);

    protected override string Describe(BotText text, SingleChoiceSpec spec, Answer answer) => ChoiceParts.Describe(text, spec.Choices, answer);

    protected override IEnumerable<CardElement> Results(KindCardContext context, ChoiceResults results) => ChoiceParts.Results(context.Text, results);

    protected override string? Lead(BotText text, ChoiceResults results) => ChoiceParts.Lead(text, results);
}
