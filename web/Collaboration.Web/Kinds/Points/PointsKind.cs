namespace Collaboration.Web.Kinds.Points;

/// <summary>Points distributed over options: {points: {key: n}}; live as a bar of points per option, best first.</summary>
internal sealed class PointsKind : IWebKind
{
    public Type SpecType => typeof(PointsSpec);

    public ItemForm Form(ItemForm form, ItemSpec spec, ForumSeries series, WebText text)
    {
        var s = (PointsSpec)spec;
        return form with { Choices = WebKinds.Labels(s.Choices, text), Budget = s.Budget, MaxPerChoice = s.MaxPerChoice };
    }

    public Answer? Read(ItemSpec spec, JsonObject body) => AnswerBody.Numbers(body["points"]) is { } points ? new PointsAnswer(points) : null;

    public JsonObject? Write(Answer answer, ItemSpec spec) => answer is PointsAnswer points
        ? new JsonObject { ["points"] = new JsonObject(points.Points.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))) }
        : null;

    public LiveItem Live(LiveItem live, ForumItem item, ItemResults results, WebText text) =>
        live with { Bars = [.. ((PointsResults)results).Ranking.Select(t => new LiveBar(text.Of(t.Choice.Label), t.Points, t.Share))] };

    public double? CarryScore(ItemResults results, Choice choice) => ((PointsResults)results).Ranking.FirstOrDefault(t => t.Choice.Key == choice.Key)?.Points;
}
