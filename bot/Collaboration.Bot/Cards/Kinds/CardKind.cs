using Collaboration.Forums.Kinds;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards.Kinds;

/// <summary>The typed half of <see cref="ICardKind"/>: each kind sees only specs and results of its own types.</summary>
internal abstract class CardKind<TSpec, TResults> : ICardKind
    where TSpec : ItemSpec
    where TResults : ItemResults
{
    public Type SpecType => typeof(TSpec);

    public Type ResultsType => typeof(TResults);

    public virtual bool InAddItemForm => true;

    public virtual KindFields FormFields(IReadOnlyList<Choice> options, int? limit) => new() { Choices = options };

    public IEnumerable<CardElement> Inputs(KindCardContext context, ItemSpec spec) => Inputs(context, (TSpec)spec);

    public Answer? Read(ItemSpec spec, JsonObject inputs) => Read((TSpec)spec, inputs);

    public void Write(ItemSpec spec, Answer answer, IDictionary<string, string> values) => Write((TSpec)spec, answer, values);

    public string Describe(BotText text, ItemSpec spec, Answer answer) => Describe(text, (TSpec)spec, answer);

    public IEnumerable<CardElement> Results(KindCardContext context, ItemResults results) => Results(context, (TResults)results);

    public string? Lead(BotText text, ItemResults results) => Lead(text, (TResults)results);

    protected abstract IEnumerable<CardElement> Inputs(KindCardContext context, TSpec spec);

    protected abstract Answer? Read(TSpec spec, JsonObject inputs);

    protected abstract void Write(TSpec spec, Answer answer, IDictionary<string, string> values);

    protected abstract string Describe(BotText text, TSpec spec, Answer answer);

    protected abstract IEnumerable<CardElement> Results(KindCardContext context, TResults results);

    protected virtual string? Lead(BotText text, TResults results) => null;
}
