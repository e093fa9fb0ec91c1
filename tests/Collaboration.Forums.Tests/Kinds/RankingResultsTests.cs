using Collaboration.Forums.Kinds.Ranking;

namespace Collaboration.Forums.Tests.Kinds;

public sealed class RankingResultsTests
{
    private static RankingResults Unpublished(RankingSpec spec, params string[][] rankings)
    {
        var item = Build.Item(spec);
        return (RankingResults)ResultsCalculator.ComputeUnpublished(item,
            [.. rankings.Select((keys, i) => Build.Response(item, $"p{i}", new RankingAnswer(keys), minute: i))]);
    }

    [Fact]
    public void Borda_gives_places_points_from_the_number_of_places_down_and_orders_by_score()
    {
        // Three places: first 3 points, second 2, third 1.
        var results = Unpublished(new RankingSpec(Build.Choices("a", "b", "c", "d"), 3),
            ["b", "a", "c"], ["b", "c", "a"], ["a", "b", "d"]);

        Assert.Equal(3, results.Places);
        Assert.Equal(3, results.Respondents);
        Assert.Equal(["b", "a", "c", "d"], results.Tallies.Select(t => t.Choice.Key));
        Assert.Equal([8, 6, 3, 1], results.Tallies.Select(t => t.Score));
        Assert.Equal([2, 1, 0], results.Tallies[0].PlaceCounts);
        Assert.Equal(4.0 / 3, results.Tallies[0].MeanPlace!.Value, 9);
    }

    [Fact]
    public void Equal_scores_share_a_rank_and_keep_the_option_order()
    {
        var results = Unpublished(new RankingSpec(Build.Choices("a", "b", "c"), 2), ["b", "a"], ["a", "b"]);

        Assert.Equal(["a", "b", "c"], results.Tallies.Select(t => t.Choice.Key));
        Assert.Equal([1, 1, 3], results.Tallies.Select(t => t.Rank));
        Assert.Equal([3, 3, 0], results.Tallies.Select(t => t.Score));
    }

    [Fact]
    public void A_partial_ranking_gives_no_points_to_the_options_left_out()
    {
        var results = Unpublished(new RankingSpec(Build.Choices("a", "b", "c"), 3), ["c"], ["a", "b", "c"]);

        var byKey = results.Tallies.ToDictionary(t => t.Choice.Key);
        Assert.Equal(4, byKey["c"].Score);
        Assert.Equal([1, 0, 1], byKey["c"].PlaceCounts);
        Assert.Equal(2.0, byKey["c"].MeanPlace);
        Assert.Equal(3, byKey["a"].Score);
        Assert.Null(Unpublished(new RankingSpec(Build.Choices("a", "b"), 2), ["a"]).Tallies[1].MeanPlace);
    }

    [Fact]
    public void Stored_rankings_that_no_longer_fit_count_only_what_still_fits()
    {
        // An option replaced by a carry-over, a key twice and more places than the item has now.
        var results = Unpublished(new RankingSpec(Build.Choices("a", "b"), 2), ["gone", "a"], ["b", "b", "a"]);

        var byKey = results.Tallies.ToDictionary(t => t.Choice.Key);
        Assert.Equal([0, 1], byKey["a"].PlaceCounts);
        Assert.Equal([1, 0], byKey["b"].PlaceCounts);
    }

    [Fact]
    public void Fewer_respondents_than_the_threshold_see_no_scores_and_no_count()
    {
        var item = Build.Item(new RankingSpec(Build.Choices("a", "b"), 2));
        var results = (RankingResults)ResultsCalculator.Compute(item,
            [Build.Response(item, "p1", new RankingAnswer(["a", "b"])), Build.Response(item, "p2", new RankingAnswer(["b", "a"]))],
            Build.Series(minGroupSize: 3, item));

        Assert.Empty(results.Tallies);
        Assert.Equal(0, results.Respondents);
        Assert.Equal(3, results.WithheldBelow);
    }

    [Fact]
    public void The_top_of_a_ranking_carries_over_and_options_nobody_ranked_do_not()
    {
        var results = Unpublished(new RankingSpec(Build.Choices("a", "b", "c", "d"), 2), ["c", "a"], ["c", "b"]);

        Assert.Equal(["c", "a", "own"], CarryOverPlanner.Plan(results, 2, [Build.Choice("own")]).Select(c => c.Key));
        Assert.Equal(["c", "a", "b"], CarryOverPlanner.Plan(results, 5, []).Select(c => c.Key));
    }
}
