using Collaboration.Bot.Cards.Kinds.Shared;

namespace Collaboration.Bot.Cards.Kinds.MatrixChoice;

internal sealed class MatrixChoiceCard : CardKind<MatrixChoiceSpec, MatrixChoiceResults>
{
    public override bool InAddItemForm => false;

    protected override IEnumerable<CardElement> Inputs(KindCardContext context, MatrixChoiceSpec spec)
    {
        foreach (var row in spec.Rows)
        {
            yield return new InputChoiceSet(CardInputs.MatrixCell(row.Key), KindParts.Choices(context.Text, spec.Columns))
            {
                Label = context.Text.Of(row.Label),
                Style = ChoiceInputStyle.Compact,
                Value = context.Value(CardInputs.MatrixCell(row.Key)),
            };
        }
    }

    protected override Answer? Read(MatrixChoiceSpec spec, JsonObject inputs) => new MatrixChoiceAnswer(spec.Rows
        .Select(r => (r.Key, Value: AnswerInputs.String(inputs, CardInputs.MatrixCell(r.Key))))
        .Where(p => !string.IsNullOrEmpty(p.Value))
        .ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal));

    protected override void Write(MatrixChoiceSpec spec, Answer answer, IDictionary<string, string> values)
    {
        if (answer is MatrixChoiceAnswer matrix)
        {
            foreach (var (row, column) in matrix.ColumnByRow)
            {
                values[CardInputs.MatrixCell(row)] = column;
            }
        }
    }

    protected override string Describe(BotText text, MatrixChoiceSpec spec, Answer answer) => answer is MatrixChoiceAnswer a
        ? string.Join("; ", a.ColumnByRow.Select(p => $"{KindParts.Label(text, spec.Rows, p.Key)} → {KindParts.Label(text, spec.Columns, p.Value)}"))
        : string.Empty;

    protected override IEnumerable<CardElement> Results(KindCardContext context, MatrixChoiceResults results)
    {
        var text = context.Text;
        var rows = results.Rows.Select(r =>
        {
            var leader = r.Leader is null ? text["Results.NoLeader"] : text.Of(r.Leader.Label);
            var share = r.Leader is null ? string.Empty : text.Percent(r.Columns.First(c => c.Choice.Key == r.Leader.Key).Share);
            return (text.Of(r.Row.Label), leader, share);
        });
        yield return KindParts.Table([text["Results.Row"], text["Results.Leader"], text["Results.Share"]], rows);
    }
}
