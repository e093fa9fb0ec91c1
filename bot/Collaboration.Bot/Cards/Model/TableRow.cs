namespace Collaboration.Bot.Cards.Model;

internal sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableRow";
}
