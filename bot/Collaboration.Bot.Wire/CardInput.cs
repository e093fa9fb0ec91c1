namespace Collaboration.Bot.Wire;

/// <summary>
/// The inputs a card has at most once. On the wire each id is "in." and the name in camelCase
/// (<see cref="CardInputs.Id(CardInput)"/>): Teams merges inputs into the action's data, and the prefix keeps them
/// apart from the data the bot put there itself (<see cref="CardData"/>).
/// </summary>
public enum CardInput
{
    Choice,
    Rating,
    Text,
    NeedKind,
    NeedTopic,
    NeedText,
    Group,
    Organisation,
    Municipality,
    Template,
    TemplateText,
    SelectedItem,
    ItemForum,
    ItemKey,
    ItemKind,
    ItemPromptDe,
    ItemPromptEn,
    ItemOptions,
    ItemLimit,
    ItemAnonymous,
}
