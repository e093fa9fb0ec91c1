using Collaboration.Forums.Kinds.Shared;

namespace Collaboration.Forums.Kinds.RatingScale;

/// <summary>One value on a scale, 1–5 unless the author says otherwise.</summary>
internal sealed class RatingScaleKind : ItemKind<RatingScaleSpec, RatingResults>
{
    public const int DefaultMin = 1;

    public const int DefaultMax = 5;

    public override string Name => RatingScaleSpec.Name;

    public override ItemSpec Build(KindFields fields) =>
        new RatingScaleSpec(fields.Min ?? DefaultMin, fields.Max ?? DefaultMax, fields.MinLabel, fields.MaxLabel);

    protected override string? CheckDefinition(RatingScaleSpec spec, DefinitionContext context) => OptionChecks.Scale(spec.Min, spec.Max);

    protected override Outcome<Answer> CheckAnswer(RatingScaleSpec spec, Answer answer) => answer switch
    {
        RatingAnswer a when a.Value >= spec.Min && a.Value <= spec.Max => Outcome<Answer>.Success(a),
        RatingAnswer => Outcome<Answer>.Failure(RejectionCode.RatingOutOfRange, spec.Min, spec.Max),
        _ => WrongKind(),
    };

    protected override RatingScaleSpec NormaliseTexts(RatingScaleSpec spec) =>
        spec with { MinLabel = ItemTexts.Normalise(spec.MinLabel), MaxLabel = ItemTexts.Normalise(spec.MaxLabel) };

    protected override RatingResults Compute(Guid itemId, RatingScaleSpec spec, IReadOnlyList<Response> latest)
    {
        var all = AnswersOf<RatingAnswer>(latest);
        var values = all.Select(a => a.Value).Where(v => v >= spec.Min && v <= spec.Max).ToList();
        var buckets = Enumerable.Range(spec.Min, spec.Max - spec.Min + 1)
            .Select(v => values.Count(x => x == v))
            .Select((count, i) => new RatingBucket(spec.Min + i, count, Options.Share(count, values.Count)))
            .ToList();
        return new RatingResults(itemId, all.Count, values.Count == 0 ? null : values.Average(), buckets);
    }

    protected override RatingResults Withhold(RatingResults computed) => computed with { Mean = null, Distribution = [] };
}
