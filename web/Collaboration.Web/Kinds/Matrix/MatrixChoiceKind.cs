namespace Collaboration.Web.Kinds.Matrix;

/// <summary>A column per row: {cells: {row: column}}; live as counts per row and column, in the spec's column order.</summary>
internal sealed class MatrixChoiceKind : IWebKind
{
    public Type SpecType => typeof(MatrixChoiceSpec);

    public ItemForm Form(ItemForm form, ItemSpec spec, ForumSeries series, WebText text)
    {
        var s = (MatrixChoiceSpec)spec;
        return form with { Rows = WebKinds.Labels(s.Rows, text), Columns = WebKinds.Labels(s.Columns, text) };
    }

    public Answer? Read(ItemSpec spec, JsonObject body) =>
        body["cells"] is JsonObject cells && cells.All(c => c.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            ? new MatrixChoiceAnswer(cells.ToDictionary(c => c.Key, c => c.Value!.GetValue<string>(), StringComparer.Ordinal))
            : null;

    public JsonObject? Write(Answer answer, ItemSpec spec) => answer is MatrixChoiceAnswer matrix
        ? new JsonObject { ["cells"] = new JsonObject(matrix.ColumnByRow.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))) }
        : null;

    public LiveItem Live(LiveItem live, ForumItem item, ItemResults results, WebText text)
    {
        var matrix = (MatrixChoiceResults)results;
        var columns = ((MatrixChoiceSpec)item.Spec).Columns;
        return live with
        {
            Matrix = new LiveMatrix("count", [.. columns.Select(c => text.Of(c.Label))],
                [.. matrix.Rows.Select(r => new LiveMatrixRow(text.Of(r.Row.Label),
                    [.. columns.Select(c => (double?)(r.Columns.FirstOrDefault(t => t.Choice.Key == c.Key)?.Count ?? 0))]))]),
        };
    }
}
