using Collaboration.Bot.Cards.Kinds.Shared;
using Collaboration.Forums.Kinds;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards.Kinds.MultipleChoice;

internal sealed class MultipleChoiceCard : CardKind<MultipleChoiceSpec, ChoiceResults>
{
    public override KindFields FormFields(IReadOnlyList<Choice> options, int? limit) => new() { Choices = options, MaxChoices = limit };

    protected override IEnumerable<CardElement> Inputs(KindCardContext context, MultipleChoiceSpec spec)
    {
        yield return new InputChoiceSet(CardInput.Choice.Id(), KindParts.Choices(context.Text, spec.Choices))
        {
            Label = context.Text.Format("Item.PickUpTo", spec.MaxChoices),
            Style = ChoiceInputStyle.Expanded,
            IsMultiSelect = true,
            Value = context.Value(CardInput.Choice.Id()),
        };
    }

    protected override Answer? Read(MultipleChoiceSpec spec, JsonObject inputs) => ChoiceParts.Read(inputs);

    protected override void Write(MultipleChoiceSpec spec, Answer answer, IDictionary<string, string> values) => ChoiceParts.Write(answer, values);

    protected override string Describe(BotText text, MultipleChoiceSpec spec, Answer answer) => ChoiceParts.Describe(text, spec.Choices, answer);

    protected override IEnumerable<CardElement> Results(KindCardContext context, ChoiceResults results) => ChoiceParts.Results(context.Text, results);

    protected override string? Lead(BotText text, ChoiceResults results) => ChoiceParts.Lead(text, results);
}
