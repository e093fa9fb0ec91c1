namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// "Really?" before an action that reaches many people or replaces something: the message, and a button that sends
/// the same action again, marked confirmed. The gate and the use case check everything again when it is pressed.
/// </summary>
internal static class ConfirmationCards
{
    public static AdaptiveCard Create(BotText text, string message, string verb, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(data);
        var confirmed = (JsonObject)data.DeepClone();
        confirmed[CardData.Confirmed] = "true";
        var confirm = new ActionExecute(verb)
        {
            Title = text["Action.Confirm"],
            Style = ActionStyle.Positive,
            Data = confirmed,
            AssociatedInputs = AssociatedInputs.None,
        };
        return CardParts.Card([CardParts.Notice(message, ContainerStyle.Warning)], [confirm], text.LanguageTag);
    }
}
