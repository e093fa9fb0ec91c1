namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>A card the bot posted into a chat, with the activity id that later updates of it must use.</summary>
public sealed record PostedCard(string ActivityId, JsonNode Card)
{
    public string Text => CardReader.Text(Card);

    public string? ItemId => CardReader.DataValues(Card, "itemId") is [var only] ? only : null;
}
