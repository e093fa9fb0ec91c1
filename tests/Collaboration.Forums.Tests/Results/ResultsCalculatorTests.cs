using Collaboration.Forums.Results.Disclosure;

namespace Collaboration.Forums.Tests.Results;

public sealed class ResultsCalculatorTests
{
    [Fact]
    public void Choice_counts_and_shares_are_of_respondents_and_unknown_keys_are_ignored()
    {
        var item = Build.Item(new MultipleChoiceSpec(Build.Choices("a", "b", "c"), 2));
        var results = (ChoiceResults)ResultsCalculator.ComputeUnpublished(item,
        [
            Build.Response(item, "p1", new ChoiceAnswer(["a", "b"])),
            Build.Response(item, "p2", new ChoiceAnswer(["a", "gone"])),
        ]);

        Assert.Equal(2, results.Respondents);
        Assert.Equal([2, 1, 0], results.Tallies.Select(t => t.Count));
        Assert.Equal([1.0, 0.5, 0.0], results.Tallies.Select(t => t.Share));
    }

    [Fact]
    public void Rating_has_a_bucket_for_every_value_even_unused_ones()
    {
        var item = Build.Item(new RatingScaleSpec(1, 5, null, null));
        var results = (RatingResults)ResultsCalculator.ComputeUnpublished(item,
            [Build.Response(item, "p1", new RatingAnswer(2)), Build.Response(item, "p2", new RatingAnswer(4)), Build.Response(item, "p3", new RatingAnswer(9))]);

        Assert.Equal(3.0, results.Mean);
        Assert.Equal([1, 2, 3, 4, 5], results.Distribution.Select(b => b.Value));
        Assert.Equal([0, 1, 0, 1, 0], results.Distribution.Select(b => b.Count));
    }

    [Fact]
    public void Rating_without_answers_has_no_mean()
    {
        var item = Build.Item(new RatingScaleSpec(1, 5, null, null));
        var results = (RatingResults)ResultsCalculator.ComputeUnpublished(item, []);
        Assert.Null(results.Mean);
        Assert.Equal(5, results.Distribution.Count);
    }

    [Fact]
    public void Texts_come_oldest_first_without_identity()
    {
        var item = Build.Item(new OpenTextSpec(100));
        var results = (TextResults)ResultsCalculator.ComputeUnpublished(item,
            [Build.Response(item, "p1", new TextAnswer("zweiter"), minute: 5), Build.Response(item, "p2", new TextAnswer("erster"), minute: 1)]);
        Assert.Equal(["erster", "zweiter"], results.Answers);
    }

    [Fact]
    public void Points_are_ranked_and_equal_points_share_a_rank_in_option_order()
    {
        var item = Build.Item(new PointsSpec(Build.Choices("a", "b", "c", "d"), 10, null, false));
        var results = (PointsResults)ResultsCalculator.ComputeUnpublished(item,
        [
            Build.Response(item, "p1", new PointsAnswer(new Dictionary<string, int> { ["c"] = 6, ["b"] = 4 })),
            Build.Response(item, "p2", new PointsAnswer(new Dictionary<string, int> { ["a"] = 4, ["d"] = 2, ["x"] = 4 })),
        ]);

        Assert.Equal(["c", "a", "b", "d"], results.Ranking.Select(t => t.Choice.Key));
        Assert.Equal([1, 2, 2, 4], results.Ranking.Select(t => t.Rank));
        Assert.Equal(16, results.TotalPoints);
        Assert.Equal(6.0 / 16, results.Ranking[0].Share);
    }

    [Fact]
    public void Matrix_choice_leader_is_null_on_a_tie_or_without_answers()
    {
        var item = Build.Item(new MatrixChoiceSpec(Build.Choices("r1", "r2", "r3"), Build.Choices("x", "y")));
        var results = (MatrixChoiceResults)ResultsCalculator.ComputeUnpublished(item,
        [
            Build.Response(item, "p1", new MatrixChoiceAnswer(new Dictionary<string, string> { ["r1"] = "x", ["r2"] = "x" })),
            Build.Response(item, "p2", new MatrixChoiceAnswer(new Dictionary<string, string> { ["r1"] = "x", ["r2"] = "y" })),
        ]);

        Assert.Equal("x", results.Rows[0].Leader?.Key);
        Assert.Null(results.Rows[1].Leader);
        Assert.Null(results.Rows[2].Leader);
    }

    [Fact]
    public void Matrix_rating_ranks_rows_by_overall_mean()
    {
        var item = Build.Item(new MatrixRatingSpec(Build.Choices("low", "high", "none"), Build.Choices("k1", "k2"), 1, 5));
        static MatrixRatingAnswer Answer(int low, int high) => new(new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["low"] = new Dictionary<string, int> { ["k1"] = low, ["k2"] = low },
            ["high"] = new Dictionary<string, int> { ["k1"] = high, ["k2"] = 5 },
        });
        var results = (MatrixRatingResults)ResultsCalculator.ComputeUnpublished(item,
            [Build.Response(item, "p1", Answer(1, 4)), Build.Response(item, "p2", Answer(2, 2))]);

        Assert.Equal(["high", "low", "none"], results.Rows.Select(r => r.Row.Key));
        Assert.Equal(4.0, results.Rows[0].Mean);
        Assert.Equal(3.0, results.Rows[0].Cells[0].Mean);
        Assert.Null(results.Rows[2].Mean);
    }

    [Fact]
    public void A_small_group_is_not_broken_out_and_the_one_shown_group_folds_too_so_the_rest_cannot_be_subtracted()
    {
        var item = Build.Item(new RatingScaleSpec(1, 5, null, null));
        var responses = new[]
        {
            Build.Response(item, "k1", new RatingAnswer(5)), Build.Response(item, "k2", new RatingAnswer(4)), Build.Response(item, "k3", new RatingAnswer(3)),
            Build.Response(item, "u1", new RatingAnswer(1), group: "unternehmen"), Build.Response(item, "u2", new RatingAnswer(1), group: "unternehmen"),
        };
        var results = ResultsCalculator.Compute(item, responses, Build.Series(minGroupSize: 3, item));

        Assert.Equal(5, results.Respondents);
        Assert.Equal([new GroupRespondents(GroupRespondents.OtherGroups, 5)], results.ByGroup);
    }

    [Fact]
    public void Respondents_are_distinct_even_if_a_stale_read_repeats_one()
    {
        var item = Build.Item(new RatingScaleSpec(1, 5, null, null));
        var results = (RatingResults)ResultsCalculator.ComputeUnpublished(item,
            [Build.Response(item, "p1", new RatingAnswer(1), minute: 1), Build.Response(item, "p1", new RatingAnswer(5), minute: 2)]);
        Assert.Equal(1, results.Respondents);
        Assert.Equal(5.0, results.Mean);
    }

    [Fact]
    public void Needs_rank_by_supporters_then_age_and_the_author_counts_once()
    {
        var item = Build.Item(new NeedsCollectionSpec([NeedKind.Need], 500));
        var old = Build.Need(item, "a1", "Glasfaser", minute: 1);
        var young = Build.Need(item, "a2", "Rufbus", minute: 2);
        var popular = Build.Need(item, "a3", "Schulungen", minute: 3);
        var supports = new[]
        {
            new NeedSupport(popular.Id, "s1", Build.Now), new NeedSupport(popular.Id, "s2", Build.Now),
            new NeedSupport(young.Id, "a2", Build.Now),
        };
        var results = ResultsCalculator.RankUnpublished(item, [young, popular, old], supports);

        Assert.Equal(["Schulungen", "Glasfaser", "Rufbus"], results.Ranking.Select(n => n.Text));
        Assert.Equal([3, 1, 1], results.Ranking.Select(n => n.Supporters));
        Assert.Equal([1, 2, 2], results.Ranking.Select(n => n.Rank));
        Assert.Equal(3, results.Respondents);
    }

    [Fact]
    public void Needs_are_broken_out_only_for_groups_with_enough_authors_and_only_as_counts()
    {
        var item = Build.Item(new NeedsCollectionSpec([NeedKind.Need], 500));
        var needs = new[]
        {
            Build.Need(item, "k1", "a"), Build.Need(item, "k1", "b"), Build.Need(item, "k2", "c"), Build.Need(item, "k3", "d"),
            Build.Need(item, "u1", "e", group: "unternehmen"), Build.Need(item, "u2", "f", group: "unternehmen"), Build.Need(item, "u3", "g", group: "unternehmen"),
            Build.Need(item, "x1", "h", group: "gone"), Build.Need(item, "x2", "i", group: "gone"), Build.Need(item, "x3", "j", group: "gone"),
        };
        var results = ResultsCalculator.ComputeNeeds(item, needs, [], Build.Series(minGroupSize: 3, item));

        Assert.Equal(
            [new GroupRespondents("kommune", 3), new GroupRespondents("unternehmen", 3), new GroupRespondents(GroupRespondents.OtherGroups, 3)],
            results.ByGroup);
        Assert.Equal(10, results.Ranking.Count);
        Assert.Equal(9, results.Respondents);
    }
}
