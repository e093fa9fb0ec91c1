using Collaboration.Bot.Cards.Kinds.Shared;
using Collaboration.Forums.Kinds;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards.Kinds.RatingScale;

internal sealed class RatingScaleCard : CardKind<RatingScaleSpec, RatingResults>
{
    // The form's number is the top of a scale from 1.
    public override KindFields FormFields(IReadOnlyList<Choice> options, int? limit) => new() { Min = 1, Max = limit };

    protected override IEnumerable<CardElement> Inputs(KindCardContext context, RatingScaleSpec spec)
    {
        yield return new InputChoiceSet(CardInput.Rating.Id(), KindParts.ScaleChoices(context.Text, spec.Min, spec.Max, spec.MinLabel, spec.MaxLabel))
        {
            Style = ChoiceInputStyle.Expanded,
            Value = context.Value(CardInput.Rating.Id()),
        };
    }

    protected override Answer? Read(RatingScaleSpec spec, JsonObject inputs) =>
        AnswerInputs.Integer(AnswerInputs.String(inputs, CardInput.Rating.Id())) is { } value ? new RatingAnswer(value) : null;

    protected override void Write(RatingScaleSpec spec, Answer answer, IDictionary<string, string> values)
    {
        if (answer is RatingAnswer rating)
        {
            values[CardInput.Rating.Id()] = rating.Value.ToString(CultureInfo.InvariantCulture);
        }
    }

    protected override string Describe(BotText text, RatingScaleSpec spec, Answer answer) => answer is RatingAnswer a ? text.Number(a.Value, 0) : string.Empty;

    protected override IEnumerable<CardElement> Results(KindCardContext context, RatingResults results)
    {
        var text = context.Text;
        if (results.Mean is { } mean)
        {
            yield return new TextBlock(text.Format("Results.Mean", text.Number(mean))) { Size = TextSize.Large, Weight = TextWeight.Bolder };
        }

        var table = KindParts.Table([text["Results.Option"], text["Results.Count"], text["Results.Share"]],
            results.Distribution.Select(b => (text.Number(b.Value, 0), text.Number(b.Count, 0), text.Percent(b.Share))));
        yield return new ChartVerticalBar([.. results.Distribution.Select(b => new BarChartDatum(text.Number(b.Value, 0), b.Count))], table);
    }

    protected override string? Lead(BotText text, RatingResults results) => results.Mean is { } mean ? text.Format("Results.Mean", text.Number(mean)) : null;
}
