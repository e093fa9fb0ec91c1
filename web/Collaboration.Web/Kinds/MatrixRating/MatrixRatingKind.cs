namespace Collaboration.Web.Kinds.MatrixRating;

/// <summary>A rating per row and column: {cells: {row: {column: n}}}; live as the mean per cell.</summary>
internal sealed class MatrixRatingKind : IWebKind
{
    public Type SpecType => typeof(MatrixRatingSpec);

    public ItemForm Form(ItemForm form, ItemSpec spec, ForumSeries series, WebText text)
    {
        var s = (MatrixRatingSpec)spec;
        return form with { Rows = WebKinds.Labels(s.Rows, text), Columns = WebKinds.Labels(s.Columns, text), Scale = new ItemScale(s.Min, s.Max, null, null) };
    }

    public Answer? Read(ItemSpec spec, JsonObject body)
    {
        if (body["cells"] is not JsonObject rows)
        {
            return null;
        }

        var ratings = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (row, cells) in rows)
        {
            if (AnswerBody.Numbers(cells) is not { } values)
            {
                return null;
            }

            ratings[row] = values;
        }

        return new MatrixRatingAnswer(ratings);
    }

    public JsonObject? Write(Answer answer, ItemSpec spec) => answer is MatrixRatingAnswer matrix
        ? new JsonObject
        {
            ["cells"] = new JsonObject(matrix.Ratings.Select(r => KeyValuePair.Create(r.Key,
                (JsonNode?)new JsonObject(r.Value.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)JsonValue.Create(c.Value))))))),
        }
        : null;

    public LiveItem Live(LiveItem live, ForumItem item, ItemResults results, WebText text)
    {
        var matrix = (MatrixRatingResults)results;
        return live with
        {
            Matrix = new LiveMatrix("mean", [.. matrix.Columns.Select(c => text.Of(c.Label))],
                [.. matrix.Rows.Select(r => new LiveMatrixRow(text.Of(r.Row.Label), [.. matrix.Columns.Select(c => r.Cells.FirstOrDefault(x => x.Column.Key == c.Key)?.Mean)]))]),
        };
    }

    public double? CarryScore(ItemResults results, Choice choice) => ((MatrixRatingResults)results).Rows.FirstOrDefault(r => r.Row.Key == choice.Key)?.Mean;
}
