using Collaboration.Forums.Kinds;
using Choice = Collaboration.Forums.Items.Choice;

namespace Collaboration.Bot.Cards.Kinds;

/// <summary>
/// Everything the bot's cards know about one kind of item: its answer inputs and how posted values read back into an
/// answer, the answer in words, the add-item form's fields, and its results block. <see cref="CardKinds"/> finds them.
/// </summary>
internal interface ICardKind
{
    Type SpecType { get; }

    Type ResultsType { get; }

    /// <summary>Whether the moderator's add-item form offers this kind (matrices need more than one list of options).</summary>
    bool InAddItemForm { get; }

    /// <summary>The form's option lines and its one number as this kind's fields; the domain adds the defaults.</summary>
    KindFields FormFields(IReadOnlyList<Choice> options, int? limit);

    IEnumerable<CardElement> Inputs(KindCardContext context, ItemSpec spec);

    /// <summary>The answer the inputs describe, or null when they do not even have the answer's shape.</summary>
    Answer? Read(ItemSpec spec, JsonObject inputs);

    /// <summary>Input id → value for a stored answer, so a card shows it preselected.</summary>
    void Write(ItemSpec spec, Answer answer, IDictionary<string, string> values);

    /// <summary>A stored answer in words, escaped for card Markdown.</summary>
    string Describe(BotText text, ItemSpec spec, Answer answer);

    /// <summary>The kind's figures on the item card (heading, groups and withholding are the caller's).</summary>
    IEnumerable<CardElement> Results(KindCardContext context, ItemResults results);

    /// <summary>The leading entry in one phrase ("Rufbus (42 %)"), or null when the kind has none.</summary>
    string? Lead(BotText text, ItemResults results);
}
