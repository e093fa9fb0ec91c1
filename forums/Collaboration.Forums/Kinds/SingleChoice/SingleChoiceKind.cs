using Collaboration.Forums.Kinds.Shared;

namespace Collaboration.Forums.Kinds.SingleChoice;

/// <summary>One option among several.</summary>
internal sealed class SingleChoiceKind : ItemKind<SingleChoiceSpec, ChoiceResults>
{
    public override string Name => SingleChoiceSpec.Name;

    public override bool TakesCarryOver => true;

    public override bool GivesCarryOver => true;

    public override ItemSpec Build(KindFields fields) => new SingleChoiceSpec(fields.Choices);

    protected override string? CheckDefinition(SingleChoiceSpec spec, DefinitionContext context) =>
        OptionChecks.Options("choices", spec.Choices, allowEmpty: context.Carried);

    protected override Outcome<Answer> CheckAnswer(SingleChoiceSpec spec, Answer answer) =>
        answer is ChoiceAnswer a ? ChoiceCounting.Check(spec.Choices, a, maxChoices: 1) : WrongKind();

    protected override SingleChoiceSpec NormaliseTexts(SingleChoiceSpec spec) => spec with { Choices = Options.NormaliseLabels(spec.Choices) };

    protected override ChoiceResults Compute(Guid itemId, SingleChoiceSpec spec, IReadOnlyList<Response> latest) =>
        ChoiceCounting.Count(itemId, spec.Choices, latest);

    protected override ChoiceResults Withhold(ChoiceResults computed) => ChoiceCounting.Withhold(computed);

    protected override IReadOnlyList<Choice> TopOf(ChoiceResults results, int top) => ChoiceCounting.Top(results, top);
}
