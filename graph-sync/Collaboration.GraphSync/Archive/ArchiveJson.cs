using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Collaboration.Forums.Results;

namespace Collaboration.GraphSync.Archive;

/// <summary>The JSON settings of results.json: camelCase, enums by name, umlauts unescaped for people who open the file.</summary>
internal static class ArchiveJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new ResultsByRuntimeType() },
    };

    /// <summary>One answer per CSV cell: no indentation, same names and escaping as results.json.</summary>
    public static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    /// <summary>Item results are declared as the abstract base; write each as what it is, with a "kind" to tell them apart.</summary>
    private sealed class ResultsByRuntimeType : JsonConverter<ItemResults>
    {
        public override ItemResults Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("results.json is written, never read back by the worker.");

        public override void Write(Utf8JsonWriter writer, ItemResults value, JsonSerializerOptions options)
        {
            var element = JsonSerializer.SerializeToElement(value, value.GetType(), options);
            writer.WriteStartObject();
            writer.WriteString("kind", KindOf(value));
            foreach (var property in element.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        private static string KindOf(ItemResults value)
        {
            var name = value.GetType().Name;
            var trimmed = name.EndsWith("Results", StringComparison.Ordinal) ? name[..^"Results".Length] : name;
            return JsonNamingPolicy.CamelCase.ConvertName(trimmed);
        }
    }
}
