using Collaboration.Forums.Access;

namespace Collaboration.Forums.Tests.Application;

public sealed class NeedsMergingTests
{
    private static readonly UserRef Moderator = new("moderator", "Moderatorin");
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly InMemoryForumStore _store = new();
    private readonly FakeTimeProvider _time = new(Build.Now);
    private readonly ForumUseCases _forums;
    private readonly NeedsMerging _merging;

    public NeedsMergingTests()
    {
        var moderation = new ModerationOptions { AnyoneMayCreateSeries = true };
        _forums = new ForumUseCases(_store, new RespondentKeys(new byte[32]), moderation, _time);
        _merging = new NeedsMerging(_store, moderation);
    }

    /// <summary>The seed series with forum 1 open and one need per (author, kind, text), a minute apart.</summary>
    private async Task<(ForumSeries Series, ForumItem Item, Dictionary<string, UserRef> People, List<Guid> Needs)> FiledAsync(
        params (string Author, NeedKind Kind, string Text)[] needs)
    {
        var series = (await _forums.Moderation.CreateSeriesAsync(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!, Moderator, Ct)).Value!;
        await _forums.Moderation.StartForumAsync(series.Id, 1, Moderator, Ct);
        var item = series.FindForum(1)!.FindItem("bedarfe")!;
        var people = new Dictionary<string, UserRef>();
        var ids = new List<Guid>();
        foreach (var (author, kind, text) in needs)
        {
            if (!people.TryGetValue(author, out var user))
            {
                user = people[author] = new UserRef(author, "Person " + author);
                Assert.True((await _forums.Participation.OnboardAsync(series.Id, user, "kommune", "Stadt " + author, null, Ct)).Succeeded);
            }

            _time.Advance(TimeSpan.FromMinutes(1));
            var filed = await _forums.Participation.SubmitNeedAsync(item.Id, user, kind, "iuk-management", text, Guid.NewGuid().ToString(), Ct);
            ids.Add(filed.Value!.Entry.Id);
        }

        return (series, item, people, ids);
    }

    [Fact]
    public async Task Moderator_merges_two_needs_and_the_item_is_returned_for_its_cards_to_be_refreshed()
    {
        var (_, item, people, needs) = await FiledAsync(("anna", NeedKind.Obstacle, "Kein Glasfaser"), ("ben", NeedKind.Wish, "Glasfaser überall"),
            ("carl", NeedKind.Need, "Rufbus"));
        await _forums.Participation.SupportNeedAsync(needs[1], people["anna"], Ct);

        var merged = await _merging.MergeNeedsAsync(needs[0], [needs[1]], "Glasfaser in jedem Ortsteil", Moderator, Ct);

        Assert.True(merged.Succeeded, merged.Rejection?.ToString());
        Assert.Equal([item.Id], merged.Value.ItemsToRefresh);
        var top = merged.Value.Results.Ranking[0];
        Assert.Equal((needs[0], "Glasfaser in jedem Ortsteil", NeedKind.Obstacle, 2), (top.NeedId, top.Text, top.Kind, top.Supporters));
        Assert.Equal(2, merged.Value.Results.Ranking.Count);
    }

    [Fact]
    public async Task Participant_may_not_merge_unmerge_or_list_and_nothing_changes()
    {
        var (_, item, people, needs) = await FiledAsync(("anna", NeedKind.Obstacle, "A"), ("ben", NeedKind.Wish, "B"), ("carl", NeedKind.Need, "C"));
        Assert.True((await _merging.MergeNeedsAsync(needs[0], [needs[1]], null, Moderator, Ct)).Succeeded);

        var merge = await _merging.MergeNeedsAsync(needs[2], [needs[0]], null, people["anna"], Ct);
        var unmerge = await _merging.UnmergeNeedAsync(needs[1], people["ben"], Ct);
        var list = await _merging.ListNeedsAsync(item.Id, people["carl"], Ct);

        Assert.Equal([RejectionCode.NotModerator, RejectionCode.NotModerator, RejectionCode.NotModerator],
            [merge.Rejection?.Code, unmerge.Rejection?.Code, list.Rejection?.Code]);
        var stored = (await _store.GetNeedsAsync(item.Id, Ct)).ToDictionary(n => n.Id, n => n.MergedIntoId);
        Assert.Equal([null, needs[0], null], needs.Select(id => stored[id]));
    }

    [Fact]
    public async Task A_grant_of_the_gate_lets_a_meeting_moderator_merge_but_only_needs_of_the_granted_series()
    {
        var (series, item, _, needs) = await FiledAsync(("anna", NeedKind.Obstacle, "A"), ("ben", NeedKind.Wish, "B"));
        var (otherSeries, _, _, _) = await FiledAsync(("carl", NeedKind.Need, "C"));

        var elsewhere = await _merging.MergeNeedsAsync(new Grant(otherSeries, IsModerator: true), needs[0], [needs[1]], null, Ct);
        var attendee = await _merging.UnmergeNeedAsync(new Grant(series, IsModerator: false), needs[1], Ct);
        var organiser = await _merging.MergeNeedsAsync(new Grant(series, IsModerator: true), needs[0], [needs[1]], null, Ct);

        Assert.Equal((RejectionCode.NotThisChatsSeries, RejectionCode.NotModerator), (elsewhere.Rejection?.Code, attendee.Rejection?.Code));
        Assert.True(organiser.Succeeded, organiser.Rejection?.ToString());
        Assert.Equal(needs[0], (await _store.GetNeedAsync(needs[1], Ct))!.MergedIntoId);
        Assert.Equal(item.Id, organiser.Value.Item.Id);
    }

    [Fact]
    public async Task Needs_of_two_items_are_not_merged()
    {
        var (_, item, _, needs) = await FiledAsync(("anna", NeedKind.Obstacle, "A"), ("ben", NeedKind.Wish, "B"));
        var (_, _, _, elsewhere) = await FiledAsync(("carl", NeedKind.Need, "Anderswo"));

        var merged = await _merging.MergeNeedsAsync(needs[0], [needs[1], elsewhere[0]], null, Moderator, Ct);

        Assert.Equal(RejectionCode.NeedsOfOtherItem, merged.Rejection?.Code);
        Assert.All(await _store.GetNeedsAsync(item.Id, Ct), n => Assert.Null(n.MergedIntoId));
    }

    [Fact]
    public async Task Author_sees_in_their_own_view_which_need_theirs_went_into()
    {
        var (_, item, people, needs) = await FiledAsync(("anna", NeedKind.Obstacle, "Kein Glasfaser"), ("ben", NeedKind.Wish, "Glasfaser überall"));
        await _merging.MergeNeedsAsync(needs[0], [needs[1]], "Glasfaser in jedem Ortsteil", Moderator, Ct);

        var bens = await _forums.Results.ViewItemAsync(item.Id, people["ben"], Ct);
        var annas = await _forums.Results.ViewItemAsync(item.Id, people["anna"], Ct);

        var own = Assert.Single(bens.Value!.MyNeeds);
        Assert.Equal(("Glasfaser überall", "Glasfaser in jedem Ortsteil"), (own.Need.Text, own.MergedIntoText));
        Assert.Null(Assert.Single(annas.Value!.MyNeeds).MergedIntoText);
        Assert.Empty((await _forums.Results.ViewItemAsync(item.Id, null, Ct)).Value!.MyNeeds);
    }

    [Fact]
    public async Task Console_list_shows_each_need_once_with_its_sources_and_is_withheld_below_the_threshold()
    {
        var (series, item, _, needs) = await FiledAsync(("anna", NeedKind.Obstacle, "A"), ("ben", NeedKind.Wish, "B"));
        await _merging.MergeNeedsAsync(needs[0], [needs[1]], null, Moderator, Ct);

        var few = await _merging.ListNeedsAsync(item.Id, Moderator, Ct);

        Assert.Equal((3, 0), (few.Value!.Results.WithheldBelow, few.Value.Results.Ranking.Count));

        await _forums.Participation.OnboardAsync(series.Id, new UserRef("carl", "Carl"), "kommune", "Stadt", null, Ct);
        await _forums.Participation.SubmitNeedAsync(item.Id, new UserRef("carl", "Carl"), NeedKind.Need, "iuk-management", "C", "c", Ct);

        var enough = await _merging.ListNeedsAsync(item.Id, Moderator, Ct);

        Assert.Equal([("A", 2, 2), ("C", 1, 0)], enough.Value!.Results.Ranking.Select(n => (n.Text, n.Supporters, n.Sources.Count)));
    }

    [Fact]
    public async Task Forum_two_carries_the_merged_need_over_once()
    {
        var (series, _, people, needs) = await FiledAsync(("anna", NeedKind.Obstacle, "Kein Glasfaser im Dorf"), ("ben", NeedKind.Wish, "Glasfaser für alle"),
            ("carl", NeedKind.Need, "Rufbus"), ("dora", NeedKind.Need, "Coworking"));
        await _forums.Participation.SupportNeedAsync(needs[2], people["dora"], Ct);
        await _forums.Participation.SupportNeedAsync(needs[3], people["carl"], Ct);
        await _merging.MergeNeedsAsync(needs[1], [needs[0]], null, Moderator, Ct);

        var start = await _forums.Moderation.StartForumAsync(series.Id, 2, Moderator, Ct);

        Assert.True(start.Succeeded);
        var points = (PointsSpec)series.FindForum(2)!.FindItem("leistungen")!.Spec;
        var carried = points.Choices.Where(c => c.Key.StartsWith("need-", StringComparison.Ordinal)).Select(c => c.Label.De).ToList();
        // Equal support: the seed's needs are anonymous and keep only their day, so ties are ordered by text.
        Assert.Equal(["Coworking", "Glasfaser für alle", "Rufbus"], carried);
    }
}
