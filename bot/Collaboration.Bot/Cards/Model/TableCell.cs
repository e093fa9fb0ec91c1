namespace Collaboration.Bot.Cards.Model;

internal sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableCell";

    /// <summary>A cell of one TextBlock, the common case.</summary>
    public static TableCell OfText(string text) => new([new TextBlock(text)]);
}
