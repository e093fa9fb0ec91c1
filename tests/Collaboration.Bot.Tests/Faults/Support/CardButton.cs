namespace Collaboration.Bot.Tests.Faults.Support;

/// <summary>Pressing an Action.Execute button of a card the way Teams does: the action's data merged with the card's input values.</summary>
internal static class CardButton
{
    public static JsonObject Press(TeamsActivities chat, TeamsUser user, JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(card);
        var action = Assert.Single(CardReader.Elements(card, "Action.Execute"));
        var data = (JsonObject?)action["data"]?.DeepClone() ?? [];
        foreach (var input in CardReader.Elements(card, "Input.Text"))
        {
            data[(string)input["id"]!] = (string?)input["value"] ?? string.Empty;
        }

        return chat.Execute(user, (string)action["verb"]!, data);
    }
}
