using System.Text.Json;

namespace Collaboration.Bot.Cards.Model;

internal sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return ColumnWidth.Relative(reader.GetInt32());
        }

        var text = reader.GetString() ?? throw new JsonException("A width is a number or a string.");
        if (string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return ColumnWidth.Auto;
        }

        if (string.Equals(text, "stretch", StringComparison.OrdinalIgnoreCase))
        {
            return ColumnWidth.Stretch;
        }

        if (text.EndsWith("px", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels))
        {
            return ColumnWidth.InPixels(pixels);
        }

        throw new JsonException($"Unknown width \"{text}\".");
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Weight is { } weight)
        {
            writer.WriteNumberValue(weight);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }
}
