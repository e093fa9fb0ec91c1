namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// The Universal Action: Teams sends an adaptiveCard/action invoke with the verb and the data merged with the inputs,
/// and the bot answers with the card that replaces this one.
/// </summary>
internal sealed record ActionExecute(string Verb) : AdaptiveAction
{
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
