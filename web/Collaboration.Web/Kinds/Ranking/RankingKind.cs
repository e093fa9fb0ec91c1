using Collaboration.Forums.Kinds.Ranking;

namespace Collaboration.Web.Kinds.Ranking;

/// <summary>
/// A ranking: the page shows one select per place ({ranking: [keys, best first]}); live it shows a bar of Borda points
/// per option, best first, its share being the points of the most any option could have had (every respondent's first).
/// </summary>
internal sealed class RankingKind : IWebKind
{
    public Type SpecType => typeof(RankingSpec);

    public ItemForm Form(ItemForm form, ItemSpec spec, ForumSeries series, WebText text)
    {
        var s = (RankingSpec)spec;
        return form with { Choices = WebKinds.Labels(s.Choices, text), Places = Math.Min(Math.Min(s.MaxRanked, RankingSpec.MaxPlaces), s.Choices.Count) };
    }

    public Answer? Read(ItemSpec spec, JsonObject body) => AnswerBody.Strings(body["ranking"]) is { } keys ? new RankingAnswer(keys) : null;

    public JsonObject? Write(Answer answer, ItemSpec spec) => answer is RankingAnswer ranking
        ? new JsonObject { ["ranking"] = new JsonArray([.. ranking.OrderedKeys.Select(k => (JsonNode?)JsonValue.Create(k))]) }
        : null;

    public LiveItem Live(LiveItem live, ForumItem item, ItemResults results, WebText text)
    {
        var ranking = (RankingResults)results;
        var most = (double)ranking.Respondents * ranking.Places;
        return live with
        {
            Bars = [.. ranking.Tallies.OrderBy(t => t.Rank).Select(t => new LiveBar(text.Of(t.Choice.Label), t.Score, most == 0 ? 0 : t.Score / most))],
        };
    }

    public double? CarryScore(ItemResults results, Choice choice) => ((RankingResults)results).Tallies.FirstOrDefault(t => t.Choice.Key == choice.Key)?.Score;
}
