using Collaboration.Bot.Cards.Kinds.Shared;
using Collaboration.Forums.Kinds;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards.Kinds.Points;

internal sealed class PointsCard : CardKind<PointsSpec, PointsResults>
{
    public override KindFields FormFields(IReadOnlyList<Choice> options, int? limit) => new() { Choices = options, Budget = limit };

    protected override IEnumerable<CardElement> Inputs(KindCardContext context, PointsSpec spec)
    {
        yield return new TextBlock(context.Text.Format("Item.PointsBudget", spec.Budget)) { Weight = TextWeight.Bolder };
        foreach (var choice in spec.Choices)
        {
            yield return new InputNumber(CardInputFamily.Points.PrefixOf() + choice.Key)
            {
                Label = context.Text.Of(choice.Label),
                Min = 0,
                Max = spec.MaxPerChoice ?? spec.Budget,
                Value = AnswerInputs.Integer(context.Value(CardInputFamily.Points.PrefixOf() + choice.Key)),
                Placeholder = "0",
            };
        }
    }

    /// <summary>Empty inputs mean zero points; a value that is not a whole number makes the answer unreadable.</summary>
    protected override Answer? Read(PointsSpec spec, JsonObject inputs)
    {
        var points = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var choice in spec.Choices)
        {
            var text = AnswerInputs.String(inputs, CardInputFamily.Points.PrefixOf() + choice.Key);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (AnswerInputs.Integer(text) is not { } value)
            {
                return null;
            }

            points[choice.Key] = value;
        }

        return new PointsAnswer(points);
    }

    protected override void Write(PointsSpec spec, Answer answer, IDictionary<string, string> values)
    {
        if (answer is PointsAnswer points)
        {
            foreach (var (key, value) in points.Points)
            {
                values[CardInputFamily.Points.PrefixOf() + key] = value.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    protected override string Describe(BotText text, PointsSpec spec, Answer answer) =>
        answer is PointsAnswer a ? string.Join(", ", a.Points.Select(p => $"{KindParts.Label(text, spec.Choices, p.Key)}: {p.Value}")) : string.Empty;

    protected override IEnumerable<CardElement> Results(KindCardContext context, PointsResults results) =>
        KindParts.Bars(context.Text, results.Ranking.Select(t => (context.Text.Of(t.Choice.Label), (double)t.Points, context.Text.Percent(t.Share))));

    protected override string? Lead(BotText text, PointsResults results) => results.Ranking.Count == 0 ? null
        : KindParts.Lead(text.Of(results.Ranking[0].Choice.Label), text.Format("Results.Points", results.Ranking[0].Points));
}
