using Collaboration.Forums.Kinds;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards.Kinds.OpenText;

internal sealed class OpenTextCard : CardKind<OpenTextSpec, TextResults>
{
    private const int AnswersShown = 5;


    public override KindFields FormFields(IReadOnlyList<Choice> options, int? limit) => new() { MaxLength = limit };

    protected override IEnumerable<CardElement> Inputs(KindCardContext context, OpenTextSpec spec)
    {
        yield return new InputText(CardInput.Text.Id())
        {
            Label = context.Text.Format("Item.TextLimit", spec.MaxLength),
            IsMultiline = true,
            Value = context.Value(CardInput.Text.Id()),
        };
    }

    protected override Answer? Read(OpenTextSpec spec, JsonObject inputs) => new TextAnswer(AnswerInputs.String(inputs, CardInput.Text.Id()) ?? string.Empty);

    protected override void Write(OpenTextSpec spec, Answer answer, IDictionary<string, string> values)
    {
        if (answer is TextAnswer text)
        {
            values[CardInput.Text.Id()] = text.Text;
        }
    }

    protected override string Describe(BotText text, OpenTextSpec spec, Answer answer) =>
        answer is TextAnswer a ? "„" + CardText.EscapeAndTruncate(a.Text, 300) + "“" : string.Empty;

    protected override IEnumerable<CardElement> Results(KindCardContext context, TextResults results)
    {
        foreach (var answer in results.Answers.TakeLast(AnswersShown))
        {
            yield return new TextBlock("„" + CardText.EscapeAndTruncate(answer, 300) + "“") { Spacing = Spacing.Small };
        }

        if (results.Answers.Count > AnswersShown)
        {
            yield return CardParts.Subtle(context.Text.Format("Results.MoreAnswers", results.Answers.Count - AnswersShown));
        }
    }
}
