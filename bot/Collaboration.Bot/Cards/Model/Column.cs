namespace Collaboration.Bot.Cards.Model;

/// <summary>A column of a <see cref="ColumnSet"/>; not an element of its own, but typed "Column" in JSON.</summary>
internal sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Column";

    public string? Id { get; init; }

    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
