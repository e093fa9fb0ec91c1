using Collaboration.Forums.Kinds.Shared;

namespace Collaboration.Forums.Kinds.Needs;

/// <summary>
/// A collection of needs, requirements, wishes and obstacles filed under the series' topics. Entries live in their
/// own table (NeedRules, NeedMerges and ResultsCalculator.ComputeNeeds handle them), never as answers.
/// </summary>
internal sealed class NeedsKind : ItemKind<NeedsCollectionSpec, NeedsResults>
{
    /// <summary>A need is a sentence or two; longer entries belong in an open text item.</summary>
    public const int DefaultMaxLength = 500;

    public override string Name => NeedsCollectionSpec.Name;

    public override bool GivesCarryOver => true;

    public override ItemSpec Build(KindFields fields) =>
        new NeedsCollectionSpec(fields.NeedKinds ?? [NeedKind.Need, NeedKind.Requirement, NeedKind.Wish, NeedKind.Obstacle],
            fields.MaxLength ?? DefaultMaxLength);

    protected override string? CheckDefinition(NeedsCollectionSpec spec, DefinitionContext context)
    {
        if (spec.Kinds is null || spec.Kinds.Count == 0)
        {
            return "kinds must name at least one kind of need";
        }

        if (spec.Kinds.Any(k => !Enum.IsDefined(k)) || spec.Kinds.Distinct().Count() != spec.Kinds.Count)
        {
            return "kinds must be distinct known kinds (need, requirement, wish, obstacle)";
        }

        return context.Topics.Count == 0
            ? "a needs collection files entries under topics; the series has none"
            : OptionChecks.MaxLength(spec.MaxLength);
    }

    protected override Outcome<Answer> CheckAnswer(NeedsCollectionSpec spec, Answer answer) => WrongKind();

    // Responses never hold needs: an empty result here, the real one from ResultsCalculator.ComputeNeeds.
    protected override NeedsResults Compute(Guid itemId, NeedsCollectionSpec spec, IReadOnlyList<Response> latest) => new(itemId, 0, []);

    protected override NeedsResults Withhold(NeedsResults computed) => computed with { Ranking = [] };

    protected override IReadOnlyList<Choice> TopOf(NeedsResults results, int top) => CarryOverPlanner.FromNeeds(results, top);
}
