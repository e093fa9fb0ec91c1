using System.Text.Json;
using Collaboration.Bot.Cards.Kinds;

namespace Collaboration.Bot.Cards;

/// <summary>
/// Reads posted inputs into a domain answer and writes a stored answer back into input values so a card can show
/// it preselected, through each kind's card (<see cref="CardKinds"/>); and reads single input values.
/// Reading only translates; whether the answer is valid is the domain's decision.
/// </summary>
internal static class AnswerInputs
{
    /// <summary>The answer the inputs describe, or null when the inputs do not even have the answer's shape.</summary>
    public static Answer? Read(ItemSpec spec, JsonObject inputs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(inputs);
        return CardKinds.Of(spec).Read(spec, inputs);
    }

    /// <summary>Input id → value for a stored answer, for preselecting a card's inputs.</summary>
    public static IReadOnlyDictionary<string, string> Write(ItemSpec spec, Answer? answer)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (answer is not null)
        {
            CardKinds.Of(spec).Write(spec, answer, values);
        }

        return values;
    }

    /// <summary>The string values of posted inputs (Teams posts strings; numbers are accepted too).</summary>
    public static IReadOnlyDictionary<string, string> Strings(JsonObject? inputs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in inputs ?? [])
        {
            if (key.StartsWith(CardInputs.Prefix, StringComparison.Ordinal) && String(node) is { } value)
            {
                values[key] = value;
            }
        }

        return values;
    }

    public static string? String(JsonObject inputs, string id) => inputs.TryGetPropertyValue(id, out var node) ? String(node) : null;

    public static int? Integer(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && Math.Abs(real) < int.MaxValue ? (int)real
        : null;

    private static string? String(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        _ => null,
    };
}
