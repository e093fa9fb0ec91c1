using Collaboration.Forums.Kinds.Shared;

namespace Collaboration.Forums.Kinds.MultipleChoice;

/// <summary>Up to MaxChoices options among several.</summary>
internal sealed class MultipleChoiceKind : ItemKind<MultipleChoiceSpec, ChoiceResults>
{
    public override string Name => MultipleChoiceSpec.Name;

    public override bool TakesCarryOver => true;

    public override bool GivesCarryOver => true;

    // Without a limit every option may be picked, those a carry-over adds included.
    public override ItemSpec Build(KindFields fields) =>
        new MultipleChoiceSpec(fields.Choices, fields.MaxChoices ?? fields.Choices.Count + fields.CarriedTop);

    protected override string? CheckDefinition(MultipleChoiceSpec spec, DefinitionContext context)
    {
        if (OptionChecks.Options("choices", spec.Choices, allowEmpty: context.Carried) is { } problem)
        {
            return problem;
        }

        // A carry-over adds up to Top options at forum start, so the limit may count them.
        var available = (spec.Choices?.Count ?? 0) + (context.CarryOver?.Top ?? 0);
        return spec.MaxChoices >= 1 && spec.MaxChoices <= available ? null : $"maxChoices must be 1–{available} (the number of choices)";
    }

    protected override Outcome<Answer> CheckAnswer(MultipleChoiceSpec spec, Answer answer) =>
        answer is ChoiceAnswer a ? ChoiceCounting.Check(spec.Choices, a, spec.MaxChoices) : WrongKind();

    protected override MultipleChoiceSpec NormaliseTexts(MultipleChoiceSpec spec) => spec with { Choices = Options.NormaliseLabels(spec.Choices) };

    protected override ChoiceResults Compute(Guid itemId, MultipleChoiceSpec spec, IReadOnlyList<Response> latest) =>
        ChoiceCounting.Count(itemId, spec.Choices, latest);

    protected override ChoiceResults Withhold(ChoiceResults computed) => ChoiceCounting.Withhold(computed);

    protected override IReadOnlyList<Choice> TopOf(ChoiceResults results, int top) => ChoiceCounting.Top(results, top);
}
