using System.Text.Json;

namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// Writes a card's body element by element as the serializer would, except that an element written before
/// (<see cref="PreSerialisedElements"/>) is copied in as raw JSON: the part of a voter's card that every voter of the
/// item shares is serialised once per results snapshot, not once per vote. The output is byte-for-byte the same.
/// </summary>
internal sealed class CardBodyConverter : JsonConverter<IReadOnlyList<CardElement>>
{
    public override IReadOnlyList<CardElement> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<CardElement>>(ref reader, options) ?? [];

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<CardElement> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var element in value)
        {
            if (PreSerialisedElements.TryGet(element, out var json))
            {
                // Written by the same serializer with the same options, so there is nothing to validate again.
                writer.WriteRawValue(json, skipInputValidation: true);
            }
            else
            {
                JsonSerializer.Serialize(writer, element, options);
            }
        }

        writer.WriteEndArray();
    }
}
