using Collaboration.Forums.Kinds.Shared;

namespace Collaboration.Forums.Kinds.Ranking;

/// <summary>Rangfolge: participants order up to <see cref="RankingSpec.MaxPlaces"/> options; results by Borda count.</summary>
internal sealed class RankingKind : ItemKind<RankingSpec, RankingResults>
{
    public override string Name => RankingSpec.Name;

    public override bool TakesCarryOver => true;

    public override bool GivesCarryOver => true;

    // Without a limit as many places as there are options, at most five; carried options count.
    public override ItemSpec Build(KindFields fields) =>
        new RankingSpec(fields.Choices, fields.MaxRanked ?? Math.Min(RankingSpec.MaxPlaces, fields.Choices.Count + fields.CarriedTop));

    protected override string? CheckDefinition(RankingSpec spec, DefinitionContext context)
    {
        if (OptionChecks.Options("choices", spec.Choices, allowEmpty: context.Carried) is { } problem)
        {
            return problem;
        }

        var available = (spec.Choices?.Count ?? 0) + (context.CarryOver?.Top ?? 0);
        if (available < 2)
        {
            return "a ranking needs at least 2 choices";
        }

        var most = Math.Min(RankingSpec.MaxPlaces, available);
        return spec.MaxRanked >= 2 && spec.MaxRanked <= most ? null : $"maxRanked must be 2–{most} (at most {RankingSpec.MaxPlaces} places, no more than the choices)";
    }

    protected override Outcome<Answer> CheckAnswer(RankingSpec spec, Answer answer)
    {
        if (answer is not RankingAnswer a)
        {
            return WrongKind();
        }

        var keys = a.OrderedKeys ?? [];
        if (keys.Count == 0)
        {
            return Outcome<Answer>.Failure(RejectionCode.NoChoice);
        }

        var placeOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (Options.Find(spec.Choices, keys[i]) is not { } option)
            {
                return Outcome<Answer>.Failure(RejectionCode.ChoiceNotInItem, keys[i] ?? string.Empty);
            }

            if (!placeOf.TryAdd(option.Key, i + 1))
            {
                return Outcome<Answer>.Failure(RejectionCode.RankingPlaceRepeated, option.Label, placeOf[option.Key], i + 1);
            }
        }

        return keys.Count > spec.MaxRanked
            ? Outcome<Answer>.Failure(RejectionCode.TooManyChoices, spec.MaxRanked)
            : Outcome<Answer>.Success(new RankingAnswer([.. keys]));
    }

    protected override RankingSpec NormaliseTexts(RankingSpec spec) => spec with { Choices = Options.NormaliseLabels(spec.Choices) };

    protected override RankingResults Compute(Guid itemId, RankingSpec spec, IReadOnlyList<Response> latest) =>
        BordaCount.Count(itemId, spec, AnswersOf<RankingAnswer>(latest));

    protected override RankingResults Withhold(RankingResults computed) => computed with { Tallies = [] };

    protected override IReadOnlyList<Choice> TopOf(RankingResults results, int top) =>
        [.. results.Tallies.Where(t => t.Score > 0).Take(top).Select(t => t.Choice)];
}
