namespace Collaboration.Forums.Kinds;

/// <summary>
/// Everything the domain knows about one kind of item, in one place: its name, how a template or form builds its spec
/// (with the defaults), which definitions and answers it accepts, how its results are counted and withheld, and what
/// a carry-over takes from it or puts into it. <see cref="ItemKinds"/> lists them all.
/// </summary>
public interface IItemKind
{
    /// <summary>The name templates, forms and stored JSON use ("singleChoice", "ranking", ...).</summary>
    string Name { get; }

    Type SpecType { get; }

    /// <summary>The results record this kind computes (single and multiple choice share one).</summary>
    Type ResultsType { get; }

    /// <summary>Whether a carry-over can fill this kind's options (or rows).</summary>
    bool TakesCarryOver { get; }

    /// <summary>Whether this kind's results rank entries that a later item can take the top of.</summary>
    bool GivesCarryOver { get; }

    /// <summary>The spec from the fields a template or the add-item form gave, with this kind's defaults for the rest.</summary>
    ItemSpec Build(KindFields fields);

    /// <summary>Why the definition cannot be answered, or null when it can; the reason is for the author, in English.</summary>
    string? CheckDefinition(ItemSpec spec, DefinitionContext context);

    /// <summary>The normalised answer, or why it does not fit; the item is known to be open.</summary>
    Outcome<Answer> CheckAnswer(ItemSpec spec, Answer answer);

    /// <summary>The spec with every user-visible label put through the text rules.</summary>
    ItemSpec NormaliseTexts(ItemSpec spec);

    /// <summary>Results before disclosure control, from one latest answer per respondent.</summary>
    ItemResults Compute(Guid itemId, ItemSpec spec, IReadOnlyList<Response> latest);

    /// <summary>The same results with every figure emptied (the count is reset by the caller).</summary>
    ItemResults Withhold(ItemResults computed);

    /// <summary>The top <paramref name="top"/> entries a carry-over takes, best first; entries nobody supported never.</summary>
    IReadOnlyList<Choice> TopOf(ItemResults results, int top);
}
