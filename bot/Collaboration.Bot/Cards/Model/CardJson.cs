using System.Text.Encodings.Web;
using System.Text.Json;

namespace Collaboration.Bot.Cards.Model;

/// <summary>The one way a card becomes JSON, so every card gets the same casing, null handling and escaping.</summary>
internal static class CardJson
{
    /// <summary>
    /// camelCase and no nulls, as the Adaptive Card schema expects. The relaxed encoder keeps umlauts and emoji
    /// readable in the payload; it is safe here because the JSON goes to Teams as JSON, never into HTML.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, Options);
    }

    public static JsonNode ToJsonNode(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToNode(card, Options)
            ?? throw new InvalidOperationException("A card always serialises to a JSON object.");
    }
}
