using System.Text.Json;

namespace Collaboration.Bot.Cards.Model;

/// <summary>Writes a fallback as the string "drop" or as a polymorphic element (with its "type").</summary>
internal sealed class ElementFallbackConverter : JsonConverter<ElementFallback>
{
    private const string DropValue = "drop";

    public override ElementFallback Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            return string.Equals(text, DropValue, StringComparison.OrdinalIgnoreCase)
                ? ElementFallback.Drop
                : throw new JsonException($"A fallback string must be \"{DropValue}\", not \"{text}\".");
        }

        var element = JsonSerializer.Deserialize<CardElement>(ref reader, options)
            ?? throw new JsonException("A fallback must be an element or \"drop\".");
        return ElementFallback.With(element);
    }

    public override void Write(Utf8JsonWriter writer, ElementFallback value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Element is null)
        {
            writer.WriteStringValue(DropValue);
            return;
        }

        // Serialised as the base type so that the "type" discriminator is written.
        JsonSerializer.Serialize<CardElement>(writer, value.Element, options);
    }
}
