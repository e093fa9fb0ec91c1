namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>Reads what a test needs from a card's JSON: its visible text and the ids in its actions' data.</summary>
public static class CardReader
{
    /// <summary>Every string value in the card, one per line; assertions on it are independent of JSON escaping.</summary>
    public static string Text(JsonNode card) => string.Join('\n', Strings(card));

    /// <summary>The values of a data property (e.g. itemId) anywhere in the card, in order, without repeats.</summary>
    public static IReadOnlyList<string> DataValues(JsonNode card, string property) =>
        [.. Properties(card).Where(p => p.Key == property && p.Value is JsonValue).Select(p => p.Value!.GetValue<string>()).Distinct()];

    /// <summary>The value of the input with this id, as the card pre-fills it.</summary>
    public static string? InputValue(JsonNode card, string inputId) =>
        Objects(card).Where(o => (string?)o["id"] == inputId).Select(o => o["value"]?.ToString()).FirstOrDefault();

    /// <summary>The elements of one type (e.g. ColumnSet), to read a button together with the text beside it.</summary>
    public static IReadOnlyList<JsonObject> Elements(JsonNode card, string type) => [.. Objects(card).Where(o => (string?)o["type"] == type)];

    /// <summary>The data of the card's Action.Execute with this verb (e.g. a confirmation card's button), as the button sends it.</summary>
    public static JsonObject ActionData(JsonNode card, string verb) =>
        Objects(card).Where(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb).Select(o => (JsonObject)o["data"]!.DeepClone()).FirstOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"The card has no button with verb {verb}: {card.ToJsonString()}");

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Properties(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => new[] { p }.Concat(Properties(p.Value))),
        JsonArray a => a.SelectMany(Properties),
        _ => [],
    };

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}
