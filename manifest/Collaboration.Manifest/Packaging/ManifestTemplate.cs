using System.Text.Json;
using System.Text.RegularExpressions;

namespace Collaboration.Manifest.Packaging;

/// <summary>
/// Fills {{NAME}} placeholders in the string values of a JSON document. It works on the parsed document, not on
/// the text, so a value with quotes or backslashes cannot break the JSON, and a placeholder never reaches a key.
/// </summary>
internal static partial class ManifestTemplate
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonNode Fill(JsonNode template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var filled = template.DeepClone();
        Walk(filled, values);
        return filled;
    }

    /// <summary>Every {{NAME}} still in the document, as JSON paths: a filled manifest must have none.</summary>
    public static IReadOnlyList<string> Unfilled(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<string>();
        Collect(document, found);
        return found;
    }

    public static string Serialize(JsonNode document) => document.ToJsonString(Indented) + "\n";

    private static void Walk(JsonNode node, IReadOnlyDictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[key] = Replace(text, values);
                    }
                    else if (child is not null)
                    {
                        Walk(child, values);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[i] = Replace(text, values);
                    }
                    else if (array[i] is { } child)
                    {
                        Walk(child, values);
                    }
                }

                break;
        }
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    private static void Collect(JsonNode node, List<string> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, found);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, found);
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && Placeholder().IsMatch(text):
                found.Add($"{node.GetPath()} = \"{text}\"");
                break;
        }
    }

    [GeneratedRegex(@"\{\{([A-Z0-9_]+)\}\}")]
    private static partial Regex Placeholder();
}
