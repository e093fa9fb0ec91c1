using Collaboration.Forums.Answers;
using Collaboration.Forums.Items;

namespace Collaboration.Forums.Validation;

/// <summary>
/// Decides whether an answer fits an item; returns the normalised answer or the reason it does not.
/// Normalised answers list keys in the item's own order, so the same answer always serialises the same way
/// (and a repeated delivery is recognised as unchanged).
/// </summary>
public static class AnswerRules
{
    public static Outcome<Answer> Check(ForumItem item, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(answer);
        if (item.Status != ItemStatus.Open)
        {
            return Outcome<Answer>.Failure(RejectionCode.ItemNotOpen, item.Key);
        }

        return (item.Spec, answer) switch
        {
            (SingleChoiceSpec s, ChoiceAnswer a) => CheckChoices(s.Choices, a, maxChoices: 1),
            (MultipleChoiceSpec s, ChoiceAnswer a) => CheckChoices(s.Choices, a, s.MaxChoices),
            (RatingScaleSpec s, RatingAnswer a) => a.Value >= s.Min && a.Value <= s.Max
                ? Outcome<Answer>.Success(a)
                : Outcome<Answer>.Failure(RejectionCode.RatingOutOfRange, s.Min, s.Max),
            (OpenTextSpec s, TextAnswer a) => CheckText(s, a),
            (PointsSpec s, PointsAnswer a) => CheckPoints(s, a),
            (MatrixChoiceSpec s, MatrixChoiceAnswer a) => CheckMatrixChoice(s, a),
            (MatrixRatingSpec s, MatrixRatingAnswer a) => CheckMatrixRating(s, a),
            _ => Outcome<Answer>.Failure(RejectionCode.WrongAnswerKind, item.Spec.KindName),
        };
    }

    private static Choice? Find(IReadOnlyList<Choice> options, string? key) =>
        key is null ? null : options.FirstOrDefault(o => string.Equals(o.Key, key, StringComparison.Ordinal));

    private static Outcome<Answer> CheckChoices(IReadOnlyList<Choice> options, ChoiceAnswer answer, int maxChoices)
    {
        var keys = answer.ChoiceKeys ?? [];
        if (keys.Count == 0)
        {
            return Outcome<Answer>.Failure(RejectionCode.NoChoice);
        }

        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (Find(options, key) is null)
            {
                return Outcome<Answer>.Failure(RejectionCode.ChoiceNotInItem, key ?? string.Empty);
            }

            if (!chosen.Add(key!))
            {
                return Outcome<Answer>.Failure(RejectionCode.DuplicateChoice, key!);
            }
        }

        if (chosen.Count > maxChoices)
        {
            return Outcome<Answer>.Failure(RejectionCode.TooManyChoices, maxChoices);
        }

        return Outcome<Answer>.Success(new ChoiceAnswer([.. options.Select(o => o.Key).Where(chosen.Contains)]));
    }

    private static Outcome<Answer> CheckText(OpenTextSpec spec, TextAnswer answer)
    {
        var text = TextRules.Normalise(answer.Text);
        if (text.Length == 0)
        {
            return Outcome<Answer>.Failure(RejectionCode.TextEmpty);
        }

        return text.Length > spec.MaxLength
            ? Outcome<Answer>.Failure(RejectionCode.TextTooLong, spec.MaxLength)
            : Outcome<Answer>.Success(new TextAnswer(text));
    }

    private static Outcome<Answer> CheckPoints(PointsSpec spec, PointsAnswer answer)
    {
        var given = answer.Points ?? new Dictionary<string, int>();
        long sum = 0;
        foreach (var (key, points) in given)
        {
            if (Find(spec.Choices, key) is null)
            {
                return Outcome<Answer>.Failure(RejectionCode.ChoiceNotInItem, key);
            }

            if (points < 0)
            {
                return Outcome<Answer>.Failure(RejectionCode.PointsNegative, key);
            }

            if (spec.MaxPerChoice is { } limit && points > limit)
            {
                return Outcome<Answer>.Failure(RejectionCode.PointsOverChoiceLimit, limit, key);
            }

            sum += points;
        }

        if (sum > spec.Budget)
        {
            return Outcome<Answer>.Failure(RejectionCode.PointsOverBudget, spec.Budget, sum);
        }

        if (spec.RequireFullBudget && sum < spec.Budget)
        {
            return Outcome<Answer>.Failure(RejectionCode.PointsUnderBudget, spec.Budget, sum);
        }

        if (sum == 0)
        {
            return Outcome<Answer>.Failure(RejectionCode.NoChoice);
        }

        var normalised = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in spec.Choices)
        {
            if (given.TryGetValue(option.Key, out var points) && points > 0)
            {
                normalised[option.Key] = points;
            }
        }

        return Outcome<Answer>.Success(new PointsAnswer(normalised));
    }

    private static Outcome<Answer> CheckMatrixChoice(MatrixChoiceSpec spec, MatrixChoiceAnswer answer)
    {
        var given = answer.ColumnByRow ?? new Dictionary<string, string>();
        foreach (var (rowKey, columnKey) in given)
        {
            if (Find(spec.Rows, rowKey) is null)
            {
                return Outcome<Answer>.Failure(RejectionCode.MatrixUnknownRow, rowKey);
            }

            if (Find(spec.Columns, columnKey) is null)
            {
                return Outcome<Answer>.Failure(RejectionCode.MatrixUnknownColumn, columnKey ?? string.Empty);
            }
        }

        if (spec.Rows.Count == 0)
        {
            // Rows still waiting for a carry-over: there is nothing to answer yet.
            return Outcome<Answer>.Failure(RejectionCode.NoChoice);
        }

        var normalised = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in spec.Rows)
        {
            if (!given.TryGetValue(row.Key, out var column))
            {
                return Outcome<Answer>.Failure(RejectionCode.MatrixRowMissing, row.Label.De);
            }

            normalised[row.Key] = column;
        }

        return Outcome<Answer>.Success(new MatrixChoiceAnswer(normalised));
    }

    private static Outcome<Answer> CheckMatrixRating(MatrixRatingSpec spec, MatrixRatingAnswer answer)
    {
        var given = answer.Ratings ?? new Dictionary<string, IReadOnlyDictionary<string, int>>();
        foreach (var (rowKey, cells) in given)
        {
            if (Find(spec.Rows, rowKey) is null)
            {
                return Outcome<Answer>.Failure(RejectionCode.MatrixUnknownRow, rowKey);
            }

            foreach (var (columnKey, value) in cells ?? new Dictionary<string, int>())
            {
                if (Find(spec.Columns, columnKey) is null)
                {
                    return Outcome<Answer>.Failure(RejectionCode.MatrixUnknownColumn, columnKey);
                }

                if (value < spec.Min || value > spec.Max)
                {
                    return Outcome<Answer>.Failure(RejectionCode.RatingOutOfRange, spec.Min, spec.Max);
                }
            }
        }

        if (spec.Rows.Count == 0)
        {
            return Outcome<Answer>.Failure(RejectionCode.NoChoice);
        }

        var normalised = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var row in spec.Rows)
        {
            if (!given.TryGetValue(row.Key, out var cells) || cells is null)
            {
                return Outcome<Answer>.Failure(RejectionCode.MatrixRowMissing, row.Label.De);
            }

            var rowValues = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var column in spec.Columns)
            {
                if (!cells.TryGetValue(column.Key, out var value))
                {
                    // A half-rated row is treated as missing: a partial row would skew the row's mean.
                    return Outcome<Answer>.Failure(RejectionCode.MatrixRowMissing, row.Label.De);
                }

                rowValues[column.Key] = value;
            }

            normalised[row.Key] = rowValues;
        }

        return Outcome<Answer>.Success(new MatrixRatingAnswer(normalised));
    }
}
