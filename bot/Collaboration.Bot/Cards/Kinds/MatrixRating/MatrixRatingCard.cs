using Collaboration.Bot.Cards.Kinds.Shared;

namespace Collaboration.Bot.Cards.Kinds.MatrixRating;

internal sealed class MatrixRatingCard : CardKind<MatrixRatingSpec, MatrixRatingResults>
{
    public override bool InAddItemForm => false;

    protected override IEnumerable<CardElement> Inputs(KindCardContext context, MatrixRatingSpec spec)
    {
        foreach (var row in spec.Rows)
        {
            yield return new TextBlock(CardText.Escape(context.Text.Of(row.Label))) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };
            foreach (var column in spec.Columns)
            {
                yield return new InputChoiceSet(CardInputs.MatrixCell(row.Key, column.Key), KindParts.ScaleChoices(context.Text, spec.Min, spec.Max, null, null))
                {
                    Label = context.Text.Of(column.Label),
                    Style = ChoiceInputStyle.Compact,
                    Value = context.Value(CardInputs.MatrixCell(row.Key, column.Key)),
                };
            }
        }
    }

    protected override Answer? Read(MatrixRatingSpec spec, JsonObject inputs)
    {
        var ratings = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var row in spec.Rows)
        {
            var cells = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var column in spec.Columns)
            {
                var text = AnswerInputs.String(inputs, CardInputs.MatrixCell(row.Key, column.Key));
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                if (AnswerInputs.Integer(text) is not { } value)
                {
                    return null;
                }

                cells[column.Key] = value;
            }

            ratings[row.Key] = cells;
        }

        return new MatrixRatingAnswer(ratings);
    }

    protected override void Write(MatrixRatingSpec spec, Answer answer, IDictionary<string, string> values)
    {
        if (answer is not MatrixRatingAnswer matrix)
        {
            return;
        }

        foreach (var (row, cells) in matrix.Ratings)
        {
            foreach (var (column, value) in cells)
            {
                values[CardInputs.MatrixCell(row, column)] = value.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    protected override string Describe(BotText text, MatrixRatingSpec spec, Answer answer) =>
        answer is MatrixRatingAnswer a ? text.Format("Item.RatedRows", a.Ratings.Count) : string.Empty;

    protected override IEnumerable<CardElement> Results(KindCardContext context, MatrixRatingResults results)
    {
        var text = context.Text;
        var rows = results.Rows.Select(r => (
            $"{r.Rank}. {text.Of(r.Row.Label)}",
            r.Mean is { } mean ? text.Number(mean) : "–",
            r.Cells.Where(c => c.Mean is not null).MaxBy(c => c.Mean) is { } best ? text.Of(best.Column.Label) : "–"));
        yield return KindParts.Table([text["Results.Row"], text["Results.MeanShort"], text["Results.Strongest"]], rows);
    }

    protected override string? Lead(BotText text, MatrixRatingResults results) =>
        results.Rows.Count > 0 && results.Rows[0].Mean is { } best ? KindParts.Lead(text.Of(results.Rows[0].Row.Label), text.Format("Results.Mean", text.Number(best))) : null;
}
