namespace Collaboration.Web.Kinds.Rating;

/// <summary>A value on a scale: {value}; live as a bar per scale value and the mean.</summary>
internal sealed class RatingKind : IWebKind
{
    public Type SpecType => typeof(RatingScaleSpec);

    public ItemForm Form(ItemForm form, ItemSpec spec, ForumSeries series, WebText text)
    {
        var s = (RatingScaleSpec)spec;
        return form with { Scale = new ItemScale(s.Min, s.Max, s.MinLabel is null ? null : text.Of(s.MinLabel), s.MaxLabel is null ? null : text.Of(s.MaxLabel)) };
    }

    public Answer? Read(ItemSpec spec, JsonObject body) => ApiBody.Integer(body["value"]) is { } value ? new RatingAnswer(value) : null;

    public JsonObject? Write(Answer answer, ItemSpec spec) => answer is RatingAnswer rating ? new JsonObject { ["value"] = rating.Value } : null;

    public LiveItem Live(LiveItem live, ForumItem item, ItemResults results, WebText text)
    {
        var rating = (RatingResults)results;
        return live with { Bars = [.. rating.Distribution.Select(b => new LiveBar(b.Value.ToString(text.Culture), b.Count, b.Share))], Mean = rating.Mean };
    }
}
