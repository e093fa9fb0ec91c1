using Collaboration.Forums.Items;
using Collaboration.Forums.Kinds.Ranking;
using Collaboration.Forums.Text;
using Collaboration.Web.Api;
using Collaboration.Web.Api.LiveItems;
using Collaboration.Web.Localization;

namespace Collaboration.Web.Tests.Api;

/// <summary>The ranking's web shapes: {ranking: [keys]} both ways, and Borda bars on the live view, best first, nothing while withheld.</summary>
public sealed class RankingKindTests
{
    private static readonly Choice Beratung = new("beratung", new LocalizedText("Digitalberatung", "Digital advice"));
    private static readonly Choice Schulung = new("schulung", new LocalizedText("Schulungen", "Training"));
    private static readonly Choice Plattform = new("plattform", new LocalizedText("Plattformen", "Platforms"));
    private static readonly RankingSpec Spec = new([Beratung, Schulung, Plattform], 2);

    [Fact]
    public void The_pages_order_becomes_a_ranking_answer_and_a_stored_one_goes_back_in_the_same_shape()
    {
        var answer = Assert.IsType<RankingAnswer>(AnswerBody.Read(Spec, JsonNode.Parse("""{"ranking":["schulung","beratung"]}""")!.AsObject()));

        Assert.Equal(["schulung", "beratung"], answer.OrderedKeys);
        Assert.Equal("""{"ranking":["schulung","beratung"]}""", AnswerBody.Write(answer, Spec)!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"ranking":"schulung"}""")]
    [InlineData("""{"ranking":[1,2]}""")]
    [InlineData("""{"choice":"schulung"}""")]
    public void A_body_without_a_list_of_keys_is_not_a_ranking(string body) =>
        Assert.Null(AnswerBody.Read(Spec, JsonNode.Parse(body)!.AsObject()));

    [Fact]
    public void Live_view_shows_Borda_points_best_first_as_a_share_of_the_most_possible()
    {
        var item = new ForumItem(Guid.NewGuid(), "rangfolge", 1, new LocalizedText("Rangfolge?"), Spec, anonymous: false, ItemStatus.Open);
        var results = new RankingResults(item.Id, 5, 2,
        [
            new RankedTally(Schulung, 1, 8, [3, 2], 1.4),
            new RankedTally(Beratung, 2, 6, [2, 2], 1.5),
            new RankedTally(Plattform, 3, 1, [0, 1], 2),
        ]);

        var live = LiveItemMapping.Map(item, results, WebText.For(Language.En));

        Assert.Equal("ranking", live.Kind);
        Assert.Equal([("Training", 8d, 0.8), ("Digital advice", 6d, 0.6), ("Platforms", 1d, 0.1)], live.Bars.Select(b => (b.Label, b.Value, b.Share)));
        Assert.Empty(LiveItemMapping.Map(item, new RankingResults(item.Id, 0, 2, []) { WithheldBelow = 5 }, WebText.For(Language.De)).Bars);
    }
}
