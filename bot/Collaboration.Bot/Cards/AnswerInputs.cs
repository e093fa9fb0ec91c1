using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Collaboration.Forums.Answers;
using Collaboration.Forums.Items;

namespace Collaboration.Bot.Cards;

/// <summary>
/// The one place that knows which card inputs carry an item's answer: it reads posted inputs into a domain
/// answer, and writes a stored answer back into input values so a card can show it preselected.
/// Reading only translates; whether the answer is valid is the domain's decision.
/// </summary>
internal static class AnswerInputs
{
    /// <summary>The answer the inputs describe, or null when the inputs do not even have the answer's shape.</summary>
    public static Answer? Read(ItemSpec spec, JsonObject inputs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(inputs);
        return spec switch
        {
            SingleChoiceSpec or MultipleChoiceSpec => new ChoiceAnswer(SplitList(String(inputs, CardInputs.Choice))),
            RatingScaleSpec => Integer(String(inputs, CardInputs.Rating)) is { } value ? new RatingAnswer(value) : null,
            OpenTextSpec => new TextAnswer(String(inputs, CardInputs.Text) ?? string.Empty),
            PointsSpec points => ReadPoints(points, inputs),
            MatrixChoiceSpec matrix => new MatrixChoiceAnswer(matrix.Rows
                .Select(r => (r.Key, Value: String(inputs, CardInputs.MatrixCell(r.Key))))
                .Where(p => !string.IsNullOrEmpty(p.Value))
                .ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal)),
            MatrixRatingSpec matrix => ReadMatrixRating(matrix, inputs),
            _ => null,
        };
    }

    /// <summary>Input id → value for a stored answer, for preselecting a card's inputs.</summary>
    public static IReadOnlyDictionary<string, string> Write(Answer? answer)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (answer)
        {
            case ChoiceAnswer choice:
                values[CardInputs.Choice] = string.Join(',', choice.ChoiceKeys);
                break;
            case RatingAnswer rating:
                values[CardInputs.Rating] = rating.Value.ToString(CultureInfo.InvariantCulture);
                break;
            case TextAnswer text:
                values[CardInputs.Text] = text.Text;
                break;
            case PointsAnswer points:
                foreach (var (key, value) in points.Points)
                {
                    values[CardInputs.PointsPrefix + key] = value.ToString(CultureInfo.InvariantCulture);
                }

                break;
            case MatrixChoiceAnswer matrix:
                foreach (var (row, column) in matrix.ColumnByRow)
                {
                    values[CardInputs.MatrixCell(row)] = column;
                }

                break;
            case MatrixRatingAnswer matrix:
                foreach (var (row, cells) in matrix.Ratings)
                {
                    foreach (var (column, value) in cells)
                    {
                        values[CardInputs.MatrixCell(row, column)] = value.ToString(CultureInfo.InvariantCulture);
                    }
                }

                break;
        }

        return values;
    }

    /// <summary>The string values of posted inputs (Teams posts strings; numbers are accepted too).</summary>
    public static IReadOnlyDictionary<string, string> Strings(JsonObject? inputs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in inputs ?? [])
        {
            if (key.StartsWith("in.", StringComparison.Ordinal) && String(node) is { } value)
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

    private static List<string> SplitList(string? text) =>
        [.. (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Empty inputs mean zero points; a value that is not a whole number makes the answer unreadable.</summary>
    private static PointsAnswer? ReadPoints(PointsSpec spec, JsonObject inputs)
    {
        var points = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var choice in spec.Choices)
        {
            var text = String(inputs, CardInputs.PointsPrefix + choice.Key);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (Integer(text) is not { } value)
            {
                return null;
            }

            points[choice.Key] = value;
        }

        return new PointsAnswer(points);
    }

    private static MatrixRatingAnswer? ReadMatrixRating(MatrixRatingSpec spec, JsonObject inputs)
    {
        var ratings = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var row in spec.Rows)
        {
            var cells = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var column in spec.Columns)
            {
                var text = String(inputs, CardInputs.MatrixCell(row.Key, column.Key));
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                if (Integer(text) is not { } value)
                {
                    return null;
                }

                cells[column.Key] = value;
            }

            ratings[row.Key] = cells;
        }

        return new MatrixRatingAnswer(ratings);
    }
}
