using Collaboration.Forums.Kinds.RatingScale;
using Collaboration.Forums.Kinds.Shared;
using Ranks = Collaboration.Forums.Results.Ranking;

namespace Collaboration.Forums.Kinds.MatrixRating;

/// <summary>A rating for every row × column cell (e.g. operator model × criterion → 1–5); rows rank by their mean.</summary>
internal sealed class MatrixRatingKind : ItemKind<MatrixRatingSpec, MatrixRatingResults>
{
    public override string Name => MatrixRatingSpec.Name;

    public override bool TakesCarryOver => true;

    public override bool GivesCarryOver => true;

    public override ItemSpec Build(KindFields fields) => new MatrixRatingSpec(fields.Rows, fields.Columns,
        fields.Min ?? RatingScaleKind.DefaultMin, fields.Max ?? RatingScaleKind.DefaultMax);

    protected override string? CheckDefinition(MatrixRatingSpec spec, DefinitionContext context) =>
        OptionChecks.Options("rows", spec.Rows, allowEmpty: context.Carried) ?? OptionChecks.Options("columns", spec.Columns, allowEmpty: false)
        ?? OptionChecks.Scale(spec.Min, spec.Max);

    protected override Outcome<Answer> CheckAnswer(MatrixRatingSpec spec, Answer answer)
    {
        if (answer is not MatrixRatingAnswer a)
        {
            return WrongKind();
        }

        var given = a.Ratings ?? new Dictionary<string, IReadOnlyDictionary<string, int>>();
        foreach (var (rowKey, cells) in given)
        {
            if (!Options.Has(spec.Rows, rowKey))
            {
                return Outcome<Answer>.Failure(RejectionCode.MatrixUnknownRow, rowKey);
            }

            foreach (var (columnKey, value) in cells ?? new Dictionary<string, int>())
            {
                if (!Options.Has(spec.Columns, columnKey))
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
                return Outcome<Answer>.Failure(RejectionCode.MatrixRowMissing, row.Label);
            }

            var rowValues = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var column in spec.Columns)
            {
                if (!cells.TryGetValue(column.Key, out var value))
                {
                    // A half-rated row is treated as missing: a partial row would skew the row's mean.
                    return Outcome<Answer>.Failure(RejectionCode.MatrixRowMissing, row.Label);
                }

                rowValues[column.Key] = value;
            }

            normalised[row.Key] = rowValues;
        }

        return Outcome<Answer>.Success(new MatrixRatingAnswer(normalised));
    }

    protected override MatrixRatingSpec NormaliseTexts(MatrixRatingSpec spec) =>
        spec with { Rows = Options.NormaliseLabels(spec.Rows), Columns = Options.NormaliseLabels(spec.Columns) };

    protected override MatrixRatingResults Compute(Guid itemId, MatrixRatingSpec spec, IReadOnlyList<Response> latest)
    {
        var answers = AnswersOf<MatrixRatingAnswer>(latest).Select(a => a.Ratings ?? new Dictionary<string, IReadOnlyDictionary<string, int>>()).ToList();
        var rows = spec.Rows.Select((row, index) =>
        {
            var cells = spec.Columns.Select(column =>
            {
                var values = answers
                    .Select(a => a.TryGetValue(row.Key, out var r) && r is not null && r.TryGetValue(column.Key, out var v) ? v : (int?)null)
                    .Where(v => v is { } x && x >= spec.Min && x <= spec.Max)
                    .Select(v => v!.Value)
                    .ToList();
                return (Cell: new MatrixRatingCell(column, values.Count == 0 ? null : values.Average(), values.Count), Values: values);
            }).ToList();
            var all = cells.SelectMany(c => c.Values).ToList();
            return (Row: row, Index: index, Mean: all.Count == 0 ? (double?)null : all.Average(), Cells: cells.Select(c => c.Cell).ToList());
        })
        .OrderBy(x => x.Mean is null)
        .ThenByDescending(x => x.Mean)
        .ThenBy(x => x.Index)
        .ToList();
        var ranks = Ranks.Ranks(rows, x => x.Mean);
        return new MatrixRatingResults(itemId, answers.Count, spec.Columns,
            [.. rows.Select((x, i) => new MatrixRatingRow(x.Row, ranks[i], x.Mean, x.Cells))]);
    }

    protected override MatrixRatingResults Withhold(MatrixRatingResults computed) => computed with { Rows = [] };

    protected override IReadOnlyList<Choice> TopOf(MatrixRatingResults results, int top) =>
        [.. results.Rows.Where(r => r.Mean is not null).Take(top).Select(r => r.Row)];
}
