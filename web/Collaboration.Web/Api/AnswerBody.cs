using Collaboration.Web.Kinds;

namespace Collaboration.Web.Api;

/// <summary>
/// The answer page's JSON shapes and the domain's answers, both ways, each kind's shape read and written by its
/// <see cref="IWebKind"/>. Reading only translates; whether the answer is
/// valid (options of the item, the scale, the budget) is the domain's decision (<c>AnswerRules</c>), as for cards.
/// </summary>
internal static class AnswerBody
{
    /// <returns>The answer the body describes, or null when it does not even have the shape of the item's answers.</returns>
    public static Answer? Read(ItemSpec spec, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(body);
        return WebKinds.For(spec).Read(spec, body);
    }

    /// <summary>A stored answer in the same shapes, for the page to show it preselected.</summary>
    public static JsonObject? Write(Answer? answer, ItemSpec spec) => answer is null ? null : WebKinds.For(spec).Write(answer, spec);

    /// <summary>An array of strings, or null when the node is anything else.</summary>
    public static List<string>? Strings(JsonNode? node)
    {
        if (node is not JsonArray array)
        {
            return null;
        }

        var values = new List<string>();
        foreach (var element in array)
        {
            if (element is not JsonValue value || value.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                return null;
            }

            values.Add(value.GetValue<string>());
        }

        return values;
    }

    /// <summary>An object of integers by key, or null when the node is anything else.</summary>
    public static Dictionary<string, int>? Numbers(JsonNode? node)
    {
        if (node is not JsonObject map)
        {
            return null;
        }

        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (ApiBody.Integer(value) is not { } number)
            {
                return null;
            }

            values[key] = number;
        }

        return values;
    }
}
