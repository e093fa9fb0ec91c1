using System.Text.Json;
using System.Text.Json.Serialization;

namespace Collaboration.Forums.Store.Mapping;

/// <summary>
/// Reads an answer's <c>IReadOnlyDictionary&lt;string, T&gt;</c> (points per option, column per row, ratings per row
/// and column) as a <see cref="CompactDictionary{TValue}"/> with pooled keys (<see cref="KeyPool"/>), string values
/// pooled too (a matrix choice's column keys). Writes what the default converter writes, entry by entry in order, so
/// equal answers stay equal JSON: the store counts answers by their text.
/// </summary>
internal sealed class CompactDictionaryConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
        && typeToConvert.GetGenericArguments()[0] == typeof(string);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(typeToConvert.GetGenericArguments()[1]))!;

    private sealed class Typed<TValue> : JsonConverter<IReadOnlyDictionary<string, TValue>>
    {
        public override IReadOnlyDictionary<string, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected an object for {typeToConvert.Name}, found {reader.TokenType}.");
            }

            var keys = new List<string>(8);
            var values = new List<TValue>(8);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var key = KeyPool.Read(ref reader);
                reader.Read();
                var value = typeof(TValue) == typeof(string) && reader.TokenType == JsonTokenType.String
                    ? (TValue)(object)KeyPool.Read(ref reader)
                    : JsonSerializer.Deserialize<TValue>(ref reader, options)!;
                // A key given twice counts once, with its last value, as the default converter reads it.
                var at = keys.IndexOf(key);
                if (at >= 0)
                {
                    values[at] = value;
                }
                else
                {
                    keys.Add(key);
                    values.Add(value);
                }
            }

            return new CompactDictionary<TValue>([.. keys], [.. values]);
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, TValue> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, entry) in value)
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, entry, options);
            }

            writer.WriteEndObject();
        }
    }
}
