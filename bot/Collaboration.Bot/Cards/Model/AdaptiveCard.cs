namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// The root of a card. Version 1.5 is the highest schema Teams renders; charts are Teams extensions that
/// work within it.
/// </summary>
internal sealed record AdaptiveCard([property: JsonConverter(typeof(CardBodyConverter))] IReadOnlyList<CardElement> Body)
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyOrder(-2)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    [JsonPropertyName("$schema")]
    public string Schema { get; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version { get; } = SchemaVersion;

    public IReadOnlyList<AdaptiveAction>? Actions { get; init; }

    public CardRefresh? Refresh { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }

    /// <summary>
    /// The card's language as a two- or three-letter ISO 639 code ("de", not "de-DE"): Microsoft's Adaptive
    /// Cards SDK rejects a region suffix. It decides how Teams formats dates and numbers.
    /// </summary>
    public string? Lang { get; init; }
}
