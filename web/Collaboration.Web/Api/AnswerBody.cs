using System.Text.Json.Nodes;
using Collaboration.Forums.Answers;
using Collaboration.Forums.Items;

namespace Collaboration.Web.Api;

/// <summary>
/// The answer page's JSON shapes and the domain's answers, both ways: {choice}, {choices}, {value}, {points}, {cells}
/// (a column key per row, or a rating per row and column) and {text}. Reading only translates; whether the answer is
/// valid (options of the item, the scale, the budget) is the domain's decision (<c>AnswerRules</c>), as for cards.
/// </summary>
internal static class AnswerBody
{
    /// <returns>The answer the body describes, or null when it does not even have the shape of the item's answers.</returns>
    public static Answer? Read(ItemSpec spec, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(body);
        return spec switch
        {
            SingleChoiceSpec => ApiBody.String(body, "choice") is { } choice ? new ChoiceAnswer([choice]) : null,
            MultipleChoiceSpec => Strings(body["choices"]) is { } choices ? new ChoiceAnswer(choices) : null,
            RatingScaleSpec => ApiBody.Integer(body["value"]) is { } value ? new RatingAnswer(value) : null,
            OpenTextSpec => ApiBody.String(body, "text") is { } text ? new TextAnswer(text) : null,
            PointsSpec => Numbers(body["points"]) is { } points ? new PointsAnswer(points) : null,
            MatrixChoiceSpec => body["cells"] is JsonObject cells && cells.All(c => c.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String)
                ? new MatrixChoiceAnswer(cells.ToDictionary(c => c.Key, c => c.Value!.GetValue<string>(), StringComparer.Ordinal))
                : null,
            MatrixRatingSpec => ReadRatings(body["cells"]),
            _ => null,
        };
    }

    /// <summary>A stored answer in the same shapes, for the page to show it preselected.</summary>
    public static JsonObject? Write(Answer? answer, ItemSpec spec) => answer switch
    {
        ChoiceAnswer choice when spec is SingleChoiceSpec => new JsonObject { ["choice"] = choice.ChoiceKeys.Count > 0 ? choice.ChoiceKeys[0] : null },
        ChoiceAnswer choice => new JsonObject { ["choices"] = new JsonArray([.. choice.ChoiceKeys.Select(k => (JsonNode?)JsonValue.Create(k))]) },
        RatingAnswer rating => new JsonObject { ["value"] = rating.Value },
        TextAnswer text => new JsonObject { ["text"] = text.Text },
        PointsAnswer points => new JsonObject { ["points"] = new JsonObject(points.Points.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))) },
        MatrixChoiceAnswer matrix => new JsonObject { ["cells"] = new JsonObject(matrix.ColumnByRow.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))) },
        MatrixRatingAnswer matrix => new JsonObject
        {
            ["cells"] = new JsonObject(matrix.Ratings.Select(r => KeyValuePair.Create(r.Key,
                (JsonNode?)new JsonObject(r.Value.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)JsonValue.Create(c.Value))))))),
        },
        _ => null,
    };

    private static List<string>? Strings(JsonNode? node)
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

    private static Dictionary<string, int>? Numbers(JsonNode? node)
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

    private static MatrixRatingAnswer? ReadRatings(JsonNode? node)
    {
        if (node is not JsonObject rows)
        {
            return null;
        }

        var ratings = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (row, cells) in rows)
        {
            if (Numbers(cells) is not { } values)
            {
                return null;
            }

            ratings[row] = values;
        }

        return new MatrixRatingAnswer(ratings);
    }
}
