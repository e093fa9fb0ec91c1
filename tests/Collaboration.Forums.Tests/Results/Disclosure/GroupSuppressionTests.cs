using Collaboration.Forums.Results.Disclosure;

namespace Collaboration.Forums.Tests.Results.Disclosure;

public sealed class GroupSuppressionTests
{
    private static readonly string[] Order = ["kommune", "unternehmen", "wissenschaft"];

    private static GroupRespondents Other(int count) => new(GroupRespondents.OtherGroups, count);

    private static IReadOnlyList<GroupRespondents> Publish(params (string? Group, int Count)[] groups) =>
        GroupSuppression.Publish(Order, [.. groups.SelectMany(g => Enumerable.Repeat(g.Group, g.Count))], 3);

    [Fact]
    public void Three_three_one_hides_the_single_person_and_one_of_the_threes_so_the_rest_holds_four() =>
        Assert.Equal([new GroupRespondents("kommune", 3), Other(4)], Publish(("kommune", 3), ("unternehmen", 3), ("wissenschaft", 1)));

    [Fact]
    public void The_smallest_shown_group_is_the_one_folded() =>
        Assert.Equal([new GroupRespondents("kommune", 9), Other(5)], Publish(("kommune", 9), ("unternehmen", 4), ("wissenschaft", 1)));

    [Fact]
    public void A_rest_of_at_least_k_needs_no_further_suppression() =>
        Assert.Equal([new GroupRespondents("kommune", 5), Other(4)], Publish(("kommune", 5), ("unternehmen", 2), ("wissenschaft", 2)));

    [Fact]
    public void Without_small_groups_every_group_is_shown_and_no_rest() =>
        Assert.Equal([new GroupRespondents("kommune", 3), new GroupRespondents("wissenschaft", 4)], Publish(("kommune", 3), ("wissenschaft", 4)));

    [Fact]
    public void With_no_group_large_enough_only_the_rest_is_shown_and_it_is_the_total() =>
        Assert.Equal([Other(4)], Publish(("kommune", 2), ("unternehmen", 2)));

    [Fact]
    public void One_large_group_and_a_small_rest_show_no_group_at_all() =>
        Assert.Equal([Other(7)], Publish(("kommune", 6), ("unternehmen", 1)));

    [Fact]
    public void Below_k_in_total_nothing_is_published() =>
        Assert.Empty(Publish(("kommune", 2)));

    [Fact]
    public void People_without_a_known_group_count_in_the_rest_never_in_a_group() =>
        Assert.Equal([new GroupRespondents("kommune", 3), new GroupRespondents("unternehmen", 4), Other(3)],
            Publish(("kommune", 3), ("unternehmen", 4), (null, 2), ("gone", 1)));

    [Fact]
    public void A_threshold_below_three_is_raised_to_three() =>
        Assert.Equal([Other(3)], GroupSuppression.Publish(Order, ["kommune", "kommune", "unternehmen"], 1));

    [Fact]
    public void A_series_stored_with_a_lower_minimum_uses_three()
    {
        var series = new ForumSeries(Guid.NewGuid(), new LocalizedText("Reihe"), null, "creator", Build.Now, [], [], [], [], minGroupSize: 1);
        Assert.Equal(3, series.MinGroupSize);
    }

    [Fact]
    public void An_item_with_fewer_than_k_respondents_publishes_no_count_and_no_distribution()
    {
        var item = Build.Item(new SingleChoiceSpec(Build.Choices("ja", "nein")));
        var results = ResultsCalculator.Compute(item,
            [Build.Response(item, "p1", new ChoiceAnswer(["ja"])), Build.Response(item, "p2", new ChoiceAnswer(["nein"]))], Build.Series(items: item));

        var withheld = Assert.IsType<ChoiceResults>(results);
        Assert.Equal(3, withheld.WithheldBelow);
        Assert.Equal(0, withheld.Respondents);
        Assert.Empty(withheld.Tallies);
        Assert.Empty(withheld.ByGroup);
    }

    [Fact]
    public void An_item_without_answers_is_empty_not_withheld()
    {
        var item = Build.Item(new SingleChoiceSpec(Build.Choices("ja", "nein")));
        Assert.Null(ResultsCalculator.Compute(item, [], Build.Series(items: item)).WithheldBelow);
    }

    [Fact]
    public void Withheld_needs_stay_withheld_when_the_author_sees_a_fresh_entry()
    {
        var item = Build.Item(new NeedsCollectionSpec([NeedKind.Need], 500));
        var first = Build.Need(item, "a1", "Glasfaser");
        var withheld = ResultsCalculator.ComputeNeeds(item, [first], [], Build.Series(items: item));

        var seen = withheld.Including(Build.Need(item, "a2", "Rufbus"));

        Assert.Empty(seen.Ranking);
        Assert.Equal(3, seen.WithheldBelow);
    }

    [Fact]
    public void A_series_threshold_above_three_withholds_up_to_it()
    {
        var item = Build.Item(new RatingScaleSpec(1, 5, null, null));
        var responses = Enumerable.Range(1, 4).Select(i => Build.Response(item, "p" + i, new RatingAnswer(i))).ToList();
        Assert.Equal(5, ResultsCalculator.Compute(item, responses, Build.Series(minGroupSize: 5, item)).WithheldBelow);
        Assert.Null(ResultsCalculator.Compute(item, [.. responses, Build.Response(item, "p5", new RatingAnswer(5))], Build.Series(minGroupSize: 5, item)).WithheldBelow);
    }
}
