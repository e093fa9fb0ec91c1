namespace Collaboration.Forums.Tests.Results;

public sealed class NeedMergesTests
{
    private static readonly ForumItem Item = Build.Item(new NeedsCollectionSpec([NeedKind.Need, NeedKind.Wish, NeedKind.Obstacle], 50));

    private static NeedEntry Need(string author, string text, NeedKind kind, int minute = 0) => Build.Need(Item, author, text, minute: minute, kind: kind);

    private static List<NeedEntry> Apply(IReadOnlyList<NeedEntry> needs, Outcome<IReadOnlyList<NeedMergeWrite>> writes)
    {
        Assert.True(writes.Succeeded, writes.Rejection?.ToString());
        var last = writes.Value.GroupBy(w => w.NeedId).ToDictionary(g => g.Key, g => g.Last());
        return [.. needs.Select(n => last.TryGetValue(n.Id, out var w) ? n with { MergedIntoId = w.MergedIntoId, MergedText = w.MergedText } : n)];
    }

    [Fact]
    public void Merged_need_counts_each_person_once_whether_they_wrote_one_and_supported_the_other_or_supported_both()
    {
        var obstacle = Need("anna", "Kein Breitband im Dorf", NeedKind.Obstacle);
        var wish = Need("ben", "Glasfaser für alle Ortsteile", NeedKind.Wish, minute: 1);
        var other = Need("dora", "Rufbus", NeedKind.Need, minute: 2);
        NeedSupport[] supports =
        [
            new(obstacle.Id, "ben", Build.Now), // the author of the other one
            new(obstacle.Id, "carl", Build.Now), new(wish.Id, "carl", Build.Now), // supported both
            new(wish.Id, "anna", Build.Now), // the author of the other one
            new(wish.Id, "erik", Build.Now),
        ];
        var needs = Apply([obstacle, wish, other], NeedMerges.Merge(Item, [obstacle, wish, other], obstacle.Id, [wish.Id], null));

        var ranking = ResultsCalculator.RankUnpublished(Item, needs, supports).Ranking;

        var merged = ranking[0];
        Assert.Equal(2, ranking.Count);
        Assert.Equal((obstacle.Id, 4), (merged.NeedId, merged.Supporters)); // anna, ben, carl, erik
        Assert.Equal((NeedKind.Obstacle, "mobility", "Kein Breitband im Dorf"), (merged.Kind, merged.TopicKey, merged.Text));
        Assert.Equal([(NeedKind.Obstacle, "Kein Breitband im Dorf"), (NeedKind.Wish, "Glasfaser für alle Ortsteile")],
            merged.Sources.Select(s => (s.Kind, s.Text)));
        Assert.DoesNotContain(ranking, n => n.NeedId == wish.Id);
        Assert.Empty(ranking[1].Sources);
    }

    [Fact]
    public void Moderators_text_is_shown_for_the_merged_need_and_its_sources_keep_the_authors_texts()
    {
        var obstacle = Need("anna", "Kein Breitband", NeedKind.Obstacle);
        var wish = Need("ben", "Glasfaser", NeedKind.Wish, minute: 1);

        var needs = Apply([obstacle, wish], NeedMerges.Merge(Item, [obstacle, wish], obstacle.Id, [wish.Id], "  Schnelles\u202EInternet für alle  "));

        var merged = Assert.Single(ResultsCalculator.RankUnpublished(Item, needs, []).Ranking);
        Assert.Equal("SchnellesInternet für alle", merged.Text);
        Assert.Equal(["Kein Breitband", "Glasfaser"], merged.Sources.Select(s => s.Text));
    }

    [Fact]
    public void Refused_merges_say_why()
    {
        var a = Need("anna", "A", NeedKind.Need);
        var b = Need("ben", "B", NeedKind.Wish, minute: 1);
        var c = Need("carl", "C", NeedKind.Obstacle, minute: 2);
        var merged = Apply([a, b, c], NeedMerges.Merge(Item, [a, b, c], a.Id, [b.Id], null));

        Assert.Equal(RejectionCode.NeedMergedWithItself, NeedMerges.Merge(Item, merged, a.Id, [a.Id, c.Id], null).Rejection?.Code);
        Assert.Equal(RejectionCode.NeedMergeIntoMerged, NeedMerges.Merge(Item, merged, b.Id, [c.Id], null).Rejection?.Code);
        Assert.Equal(RejectionCode.NeedAlreadyMerged, NeedMerges.Merge(Item, merged, c.Id, [b.Id], null).Rejection?.Code);
        Assert.Equal(RejectionCode.NoNeedsToMerge, NeedMerges.Merge(Item, merged, c.Id, [], null).Rejection?.Code);
        Assert.Equal(RejectionCode.NeedNotFound, NeedMerges.Merge(Item, merged, c.Id, [Guid.NewGuid()], null).Rejection?.Code);
        Assert.Equal(new Rejection(RejectionCode.TextTooLong, 50).ToString(), NeedMerges.Merge(Item, merged, c.Id, [a.Id], new string('x', 51)).Rejection?.ToString());
        Assert.Equal(RejectionCode.NeedNotMerged, NeedMerges.Unmerge(merged, a.Id).Rejection?.Code);
    }

    [Fact]
    public void Merging_a_merged_need_into_another_brings_its_sources_along()
    {
        var a = Need("anna", "A", NeedKind.Need);
        var b = Need("ben", "B", NeedKind.Wish, minute: 1);
        var c = Need("carl", "C", NeedKind.Obstacle, minute: 2);
        var once = Apply([a, b, c], NeedMerges.Merge(Item, [a, b, c], a.Id, [b.Id], "A und B"));

        var twice = Apply(once, NeedMerges.Merge(Item, once, c.Id, [a.Id], null));

        Assert.Equal([c.Id, c.Id, null], twice.Select(n => n.MergedIntoId));
        Assert.Null(twice[0].MergedText);
        var merged = Assert.Single(ResultsCalculator.RankUnpublished(Item, twice, []).Ranking);
        Assert.Equal((3, "C"), (merged.Supporters, merged.Text));
    }

    [Fact]
    public void Unmerged_source_counts_on_its_own_again_and_the_last_one_out_takes_the_moderators_text_with_it()
    {
        var a = Need("anna", "A", NeedKind.Need);
        var b = Need("ben", "B", NeedKind.Wish, minute: 1);
        var c = Need("carl", "C", NeedKind.Obstacle, minute: 2);
        var merged = Apply([a, b, c], NeedMerges.Merge(Item, [a, b, c], a.Id, [b.Id, c.Id], "Alles zusammen"));

        var oneOut = Apply(merged, NeedMerges.Unmerge(merged, b.Id));

        Assert.Equal([(a.Id, 2, "Alles zusammen"), (b.Id, 1, "B")], ResultsCalculator.RankUnpublished(Item, oneOut, []).Ranking.Select(n => (n.NeedId, n.Supporters, n.Text)));

        var allOut = Apply(oneOut, NeedMerges.Unmerge(oneOut, c.Id));

        Assert.All(allOut, n => Assert.Equal((null, null), (n.MergedIntoId, n.MergedText)));
        Assert.Equal(3, ResultsCalculator.RankUnpublished(Item, allOut, []).Ranking.Count);
    }

    [Fact]
    public void A_merge_pointing_at_a_need_that_is_gone_or_merged_itself_counts_the_need_on_its_own()
    {
        var a = Need("anna", "A", NeedKind.Need);
        var b = Need("ben", "B", NeedKind.Wish, minute: 1) with { MergedIntoId = Guid.NewGuid() };
        var c = Need("carl", "C", NeedKind.Obstacle, minute: 2) with { MergedIntoId = a.Id };
        var d = Need("dora", "D", NeedKind.Need, minute: 3) with { MergedIntoId = c.Id };

        var groups = NeedMerges.Group([a, b, c, d]);

        Assert.Equal([a.Id, b.Id, d.Id], groups.Select(g => g.Need.Id));
        Assert.Equal([c.Id], groups[0].Sources.Select(s => s.Id));
    }

    [Fact]
    public void Carry_over_takes_the_merged_need_once_with_its_summed_support()
    {
        var obstacle = Need("anna", "Kein Breitband", NeedKind.Obstacle);
        var wish = Need("ben", "Glasfaser", NeedKind.Wish, minute: 1);
        var bus = Need("carl", "Rufbus", NeedKind.Need, minute: 2);
        NeedSupport[] supports = [new(bus.Id, "dora", Build.Now)];
        var needs = Apply([obstacle, wish, bus], NeedMerges.Merge(Item, [obstacle, wish, bus], wish.Id, [obstacle.Id], "Schnelles Internet"));

        var choices = CarryOverPlanner.Plan(ResultsCalculator.RankUnpublished(Item, needs, supports), 5, []);

        Assert.Equal(["Schnelles Internet", "Rufbus"], choices.Select(c => c.Label.De));
        Assert.Equal(CarryOverPlanner.NeedKeyPrefix + wish.Id.ToString("N")[..8], choices[0].Key);
    }
}
