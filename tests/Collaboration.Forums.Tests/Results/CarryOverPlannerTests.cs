namespace Collaboration.Forums.Tests.Results;

public sealed class CarryOverPlannerTests
{
    private static RankedNeed Need(string text, int supporters, int rank) =>
        new(Guid.NewGuid(), rank, NeedKind.Need, "mobility", text, supporters, Build.Now);

    [Fact]
    public void Top_needs_become_options_ahead_of_the_own_ones()
    {
        var first = Need("Schulungen für Verwaltung", 4, 1);
        var needs = new NeedsResults(Guid.NewGuid(), 5, [first, Need("Rufbus", 2, 2), Need("Coworking", 1, 3)]);
        var plan = CarryOverPlanner.Plan(needs, 2, [Build.Choice("beratung", "Beratung"), Build.Choice("rufbus", "RUFBUS")]);

        Assert.Equal(["Schulungen für Verwaltung", "Rufbus", "Beratung"], plan.Select(c => c.Label.De));
        Assert.Equal("need-" + first.NeedId.ToString("N")[..8], plan[0].Key);
    }

    [Fact]
    public void Needs_with_the_same_text_are_merged_and_their_support_adds_up()
    {
        var needs = new NeedsResults(Guid.NewGuid(), 4, [Need("Glasfaser", 2, 1), Need("Rufbus", 1, 2), Need("glasfaser ", 1, 2)]);
        var plan = CarryOverPlanner.Plan(needs, 5, []);
        Assert.Equal(["Glasfaser", "Rufbus"], plan.Select(c => c.Label.De));
    }

    [Fact]
    public void Long_need_texts_are_cut_with_an_ellipsis()
    {
        var plan = CarryOverPlanner.Plan(new NeedsResults(Guid.NewGuid(), 1, [Need(new string('ä', 300), 1, 1)]), 1, []);
        Assert.Equal(CarryOverPlanner.MaxLabelLength, plan[0].Label.De.Length);
        Assert.EndsWith("…", plan[0].Label.De, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_points_are_carried_and_options_without_points_are_not()
    {
        var results = new PointsResults(Guid.NewGuid(), 3, 10,
        [
            new PointsTally(Build.Choice("b"), 1, 7, 2, 0.7), new PointsTally(Build.Choice("a"), 2, 3, 1, 0.3),
            new PointsTally(Build.Choice("c"), 3, 0, 0, 0),
        ]);
        Assert.Equal(["b", "a", "own"], CarryOverPlanner.Plan(results, 5, [Build.Choice("own"), Build.Choice("a")]).Select(c => c.Key));
    }

    [Fact]
    public void Top_choices_are_carried_by_count_with_ties_in_option_order()
    {
        var results = new ChoiceResults(Guid.NewGuid(), 4,
        [
            new ChoiceTally(Build.Choice("a"), 1, 0.25), new ChoiceTally(Build.Choice("b"), 3, 0.75), new ChoiceTally(Build.Choice("c"), 1, 0.25),
            new ChoiceTally(Build.Choice("d"), 0, 0),
        ]);
        Assert.Equal(["b", "a"], CarryOverPlanner.Plan(results, 2, []).Select(c => c.Key));
    }

    [Fact]
    public void Sources_without_a_ranking_carry_only_the_own_options() =>
        Assert.Equal(["x"], CarryOverPlanner.Plan(new RatingResults(Guid.NewGuid(), 0, null, []), 3, [Build.Choice("x")]).Select(c => c.Key));
}
