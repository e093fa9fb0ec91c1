namespace Collaboration.Forums.Kinds;

/// <summary>The typed half of <see cref="IItemKind"/>: the registry hands each kind only specs and results of its own types.</summary>
internal abstract class ItemKind<TSpec, TResults> : IItemKind
    where TSpec : ItemSpec
    where TResults : ItemResults
{
    public abstract string Name { get; }

    public Type SpecType => typeof(TSpec);

    public Type ResultsType => typeof(TResults);

    public virtual bool TakesCarryOver => false;

    public virtual bool GivesCarryOver => false;

    public abstract ItemSpec Build(KindFields fields);

    public string? CheckDefinition(ItemSpec spec, DefinitionContext context) => CheckDefinition((TSpec)spec, context);

    public Outcome<Answer> CheckAnswer(ItemSpec spec, Answer answer) => CheckAnswer((TSpec)spec, answer);

    public ItemSpec NormaliseTexts(ItemSpec spec) => NormaliseTexts((TSpec)spec);

    public ItemResults Compute(Guid itemId, ItemSpec spec, IReadOnlyList<Response> latest) => Compute(itemId, (TSpec)spec, latest);

    public ItemResults Withhold(ItemResults computed) => Withhold((TResults)computed);

    public IReadOnlyList<Choice> TopOf(ItemResults results, int top) => top <= 0 ? [] : TopOf((TResults)results, top);

    protected abstract string? CheckDefinition(TSpec spec, DefinitionContext context);

    protected abstract Outcome<Answer> CheckAnswer(TSpec spec, Answer answer);

    protected virtual TSpec NormaliseTexts(TSpec spec) => spec;

    protected abstract TResults Compute(Guid itemId, TSpec spec, IReadOnlyList<Response> latest);

    protected abstract TResults Withhold(TResults computed);

    protected virtual IReadOnlyList<Choice> TopOf(TResults results, int top) => [];

    protected Outcome<Answer> WrongKind() => Outcome<Answer>.Failure(RejectionCode.WrongAnswerKind, Name);

    /// <summary>The answers of one type, as stored; answers of another kind (left from an earlier definition) are skipped.</summary>
    protected static List<TAnswer> AnswersOf<TAnswer>(IReadOnlyList<Response> latest)
        where TAnswer : Answer => [.. latest.Select(r => r.Answer).OfType<TAnswer>()];
}
