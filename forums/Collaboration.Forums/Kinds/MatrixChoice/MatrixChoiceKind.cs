using Collaboration.Forums.Kinds.Shared;

namespace Collaboration.Forums.Kinds.MatrixChoice;

/// <summary>One column per row (e.g. task → which actor takes the role); every row must be answered.</summary>
internal sealed class MatrixChoiceKind : ItemKind<MatrixChoiceSpec, MatrixChoiceResults>
{
    public override string Name => MatrixChoiceSpec.Name;

    public override bool TakesCarryOver => true;

    public override ItemSpec Build(KindFields fields) => new MatrixChoiceSpec(fields.Rows, fields.Columns);

    protected override string? CheckDefinition(MatrixChoiceSpec spec, DefinitionContext context) =>
        OptionChecks.Options("rows", spec.Rows, allowEmpty: context.Carried) ?? OptionChecks.Options("columns", spec.Columns, allowEmpty: false);

    protected override Outcome<Answer> CheckAnswer(MatrixChoiceSpec spec, Answer answer)
    {
        if (answer is not MatrixChoiceAnswer a)
        {
            return WrongKind();
        }

        var given = a.ColumnByRow ?? new Dictionary<string, string>();
        foreach (var (rowKey, columnKey) in given)
        {
            if (!Options.Has(spec.Rows, rowKey))
            {
                return Outcome<Answer>.Failure(RejectionCode.MatrixUnknownRow, rowKey);
            }

            if (!Options.Has(spec.Columns, columnKey))
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
                return Outcome<Answer>.Failure(RejectionCode.MatrixRowMissing, row.Label);
            }

            normalised[row.Key] = column;
        }

        return Outcome<Answer>.Success(new MatrixChoiceAnswer(normalised));
    }

    protected override MatrixChoiceSpec NormaliseTexts(MatrixChoiceSpec spec) =>
        spec with { Rows = Options.NormaliseLabels(spec.Rows), Columns = Options.NormaliseLabels(spec.Columns) };

    protected override MatrixChoiceResults Compute(Guid itemId, MatrixChoiceSpec spec, IReadOnlyList<Response> latest)
    {
        var answers = AnswersOf<MatrixChoiceAnswer>(latest).Select(a => a.ColumnByRow ?? new Dictionary<string, string>()).ToList();
        var rows = spec.Rows.Select(row =>
        {
            var chosen = answers
                .Select(a => a.TryGetValue(row.Key, out var column) ? column : null)
                .Where(column => column is not null && Options.Has(spec.Columns, column))
                .ToList();
            var tallies = spec.Columns
                .Select(c => chosen.Count(k => string.Equals(k, c.Key, StringComparison.Ordinal)))
                .Zip(spec.Columns, (count, column) => new ChoiceTally(column, count, Options.Share(count, chosen.Count)))
                .ToList();
            var best = tallies.Count == 0 ? 0 : tallies.Max(t => t.Count);
            var leaders = tallies.Where(t => t.Count == best).ToList();
            return new MatrixRowResult(row, tallies, best > 0 && leaders.Count == 1 ? leaders[0].Choice : null);
        }).ToList();
        return new MatrixChoiceResults(itemId, answers.Count, rows);
    }

    protected override MatrixChoiceResults Withhold(MatrixChoiceResults computed) => computed with { Rows = [] };
}
