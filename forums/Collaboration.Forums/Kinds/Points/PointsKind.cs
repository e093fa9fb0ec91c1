using Collaboration.Forums.Kinds.Shared;
using Ranks = Collaboration.Forums.Results.Ranking;

namespace Collaboration.Forums.Kinds.Points;

/// <summary>Dot voting: each participant distributes up to a budget of points over the options.</summary>
internal sealed class PointsKind : ItemKind<PointsSpec, PointsResults>
{
    /// <summary>Ten dots are what a moderator hands out on a pin board.</summary>
    public const int DefaultBudget = 10;

    public override string Name => PointsSpec.Name;

    public override bool TakesCarryOver => true;

    public override bool GivesCarryOver => true;

    public override ItemSpec Build(KindFields fields) =>
        new PointsSpec(fields.Choices, fields.Budget ?? DefaultBudget, fields.MaxPerChoice, fields.RequireFullBudget);

    protected override string? CheckDefinition(PointsSpec spec, DefinitionContext context)
    {
        if (OptionChecks.Options("choices", spec.Choices, allowEmpty: context.Carried) is { } problem)
        {
            return problem;
        }

        if (spec.Budget is < 1 or > ItemDefinitionRules.MaxBudget)
        {
            return $"budget must be 1–{ItemDefinitionRules.MaxBudget}";
        }

        if (spec.MaxPerChoice is { } max && (max < 1 || max > spec.Budget))
        {
            return $"maxPerChoice must be 1–{spec.Budget} (the budget)";
        }

        // Unsatisfiable: the full budget is required but the per-option limit cannot absorb it.
        if (!context.Carried && spec.RequireFullBudget && spec.MaxPerChoice is { } limit && (long)limit * spec.Choices.Count < spec.Budget)
        {
            return $"requireFullBudget cannot be met: {spec.Choices.Count} choices × {limit} points < budget {spec.Budget}";
        }

        return null;
    }

    protected override Outcome<Answer> CheckAnswer(PointsSpec spec, Answer answer)
    {
        if (answer is not PointsAnswer a)
        {
            return WrongKind();
        }

        var given = a.Points ?? new Dictionary<string, int>();
        long sum = 0;
        foreach (var (key, points) in given)
        {
            if (!Options.Has(spec.Choices, key))
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

    protected override PointsSpec NormaliseTexts(PointsSpec spec) => spec with { Choices = Options.NormaliseLabels(spec.Choices) };

    protected override PointsResults Compute(Guid itemId, PointsSpec spec, IReadOnlyList<Response> latest)
    {
        var answers = AnswersOf<PointsAnswer>(latest).Select(a => a.Points ?? new Dictionary<string, int>()).ToList();
        var perChoice = spec.Choices
            .Select((c, index) =>
            {
                var given = answers.Select(a => a.TryGetValue(c.Key, out var p) && p > 0 ? p : 0).ToList();
                return (Choice: c, Index: index, Points: given.Sum(), Supporters: given.Count(p => p > 0));
            })
            .OrderByDescending(x => x.Points)
            .ThenBy(x => x.Index)
            .ToList();
        var total = perChoice.Sum(x => x.Points);
        var ranks = Ranks.Ranks(perChoice, x => x.Points);
        var ranking = perChoice.Select((x, i) => new PointsTally(x.Choice, ranks[i], x.Points, x.Supporters, Options.Share(x.Points, total))).ToList();
        return new PointsResults(itemId, answers.Count, total, ranking);
    }

    protected override PointsResults Withhold(PointsResults computed) => computed with { TotalPoints = 0, Ranking = [] };

    protected override IReadOnlyList<Choice> TopOf(PointsResults results, int top) =>
        [.. results.Ranking.Where(t => t.Points > 0).Take(top).Select(t => t.Choice)];
}
