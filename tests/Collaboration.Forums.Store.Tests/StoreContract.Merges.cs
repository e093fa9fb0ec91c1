using Collaboration.Forums.Validation;

namespace Collaboration.Forums.Store.Tests;

/// <summary>Merges of duplicate needs on a real database: one transaction each, and the data lifecycle keeps them valid.</summary>
public abstract partial class StoreContract
{
    private static readonly UserRef MergingModerator = new("aad-moderator", "Moderatorin");

    [Fact]
    public async Task Merge_is_written_in_one_transaction_so_a_failing_write_leaves_every_need_as_it_was()
    {
        await using var store = await CreateStoreAsync();
        var (_, item, needs) = await NeedsItemAsync(store, "Breitband", "Glasfaser", "Funkmast");

        var failing = () => store.Forums.ChangeMergesAsync(item.Id, _ => Outcome<IReadOnlyList<NeedMergeWrite>>.Success(
            [new NeedMergeWrite(needs[1].Id, needs[0].Id, null), new NeedMergeWrite(needs[0].Id, null, "Schnelles Internet"),
             new NeedMergeWrite(needs[2].Id, Guid.NewGuid(), null)]), Ct);

        await Assert.ThrowsAnyAsync<Exception>(failing);
        Assert.All(await store.Forums.GetNeedsAsync(item.Id, Ct), n => Assert.Equal((null, null), (n.MergedIntoId, n.MergedText)));

        var merged = await store.Forums.ChangeMergesAsync(item.Id, stored => NeedMerges.Merge(item, stored, needs[0].Id, [needs[1].Id, needs[2].Id], "Schnelles Internet"), Ct);

        Assert.True(merged.Succeeded);
        var reread = await store.Forums.GetNeedsAsync(item.Id, Ct);
        Assert.Equal([null, needs[0].Id, needs[0].Id], reread.OrderBy(n => n.CreatedAt).Select(n => n.MergedIntoId));
        Assert.Equal("Schnelles Internet", reread.Single(n => n.Id == needs[0].Id).MergedText);
        Assert.Equal(reread.OrderBy(n => n.Id).Select(n => (n.Id, n.MergedIntoId, n.MergedText)), merged.Value.OrderBy(n => n.Id).Select(n => (n.Id, n.MergedIntoId, n.MergedText)));
    }

    [Fact]
    public async Task Refused_merge_writes_nothing_and_unmerge_restores_the_need_on_its_own()
    {
        await using var store = await CreateStoreAsync();
        // Four authors: the sample series publishes needs from k = 4 on.
        var (series, item, needs) = await NeedsItemAsync(store, "Breitband", "Glasfaser", "Funkmast", "Mobilfunk");
        var merging = Merging(store);
        Assert.True((await merging.MergeNeedsAsync(needs[0].Id, [needs[1].Id], "Schnelles Internet", MergingModerator, Ct)).Succeeded);

        var intoMerged = await merging.MergeNeedsAsync(needs[1].Id, [needs[2].Id], null, MergingModerator, Ct);
        var unmerged = await merging.UnmergeNeedAsync(needs[1].Id, MergingModerator, Ct);

        Assert.Equal(RejectionCode.NeedMergeIntoMerged, intoMerged.Rejection?.Code);
        Assert.True(unmerged.Succeeded);
        Assert.Equal([item.Id], unmerged.Value.ItemsToRefresh);
        Assert.All(await store.Forums.GetNeedsAsync(item.Id, Ct), n => Assert.Equal((null, null), (n.MergedIntoId, n.MergedText)));
        Assert.Equal(["Breitband", "Funkmast", "Glasfaser", "Mobilfunk"], unmerged.Value.Results.Ranking.Select(n => n.Text).Order(StringComparer.Ordinal));
        Assert.Equal(series.Id, unmerged.Value.Series.Id);
    }

    [Fact]
    public async Task Merges_of_one_item_at_the_same_time_run_one_after_the_other_and_never_leave_a_chain()
    {
        await using var store = await CreateStoreAsync();
        var (_, item, needs) = await NeedsItemAsync(store, "Breitband", "Glasfaser", "Funkmast", "Mobilfunk");
        var merging = Merging(store);

        var outcomes = await Task.WhenAll(
            merging.MergeNeedsAsync(needs[1].Id, [needs[0].Id], null, MergingModerator, Ct),
            merging.MergeNeedsAsync(needs[2].Id, [needs[1].Id], null, MergingModerator, Ct),
            merging.MergeNeedsAsync(needs[3].Id, [needs[2].Id], null, MergingModerator, Ct));

        Assert.Contains(outcomes, o => o.Succeeded);
        var stored = await store.Forums.GetNeedsAsync(item.Id, Ct);
        var byId = stored.ToDictionary(n => n.Id);
        Assert.All(stored.Where(n => n.MergedIntoId is not null), n => Assert.Null(byId[n.MergedIntoId!.Value].MergedIntoId));
    }

    [Fact]
    public async Task Own_needs_say_which_need_they_went_into_with_the_moderators_text()
    {
        await using var store = await CreateStoreAsync();
        var (_, item, needs) = await NeedsItemAsync(store, "Breitband", "Glasfaser", "Funkmast");
        await Merging(store).MergeNeedsAsync(needs[0].Id, [needs[1].Id], "Schnelles Internet", MergingModerator, Ct);

        var second = Assert.Single(await store.Forums.GetOwnNeedsAsync(item.Id, needs[1].RespondentKey, Ct));
        var first = Assert.Single(await store.Forums.GetOwnNeedsAsync(item.Id, needs[0].RespondentKey, Ct));

        Assert.Equal(("Glasfaser", "Schnelles Internet"), (second.Need.Text, second.MergedIntoText));
        Assert.Equal(("Breitband", (string?)null), (first.Need.Text, first.MergedIntoText));
    }

    [Fact]
    public async Task Export_shows_where_a_persons_need_went_and_how_many_went_into_theirs()
    {
        await using var store = await CreateStoreAsync();
        var world = await PrivacyWorld.CreateAsync(store);
        var needs = await store.Forums.GetNeedsAsync(world.Series.FindForum(1)!.FindItem("needs")!.Id, Ct);
        var annas = needs.Single(n => n.Text == "Schulungen vor Ort");
        await Merging(store).MergeNeedsAsync(world.BensNeedId, [annas.Id], "Eigene Leitstelle mit Schulungen", MergingModerator, Ct);

        var anna = (await world.Service.ExportAsync(new UserRef(AnnaId, AnnaName), AnnaId, Ct)).Value!;
        var ben = (await world.Service.ExportAsync(new UserRef(BenId, BenName), BenId, Ct)).Value!;

        var merged = anna.Needs.Single(n => n.NeedId == annas.Id);
        Assert.Equal((world.BensNeedId, "Eigene Leitstelle mit Schulungen"), (merged.MergedIntoNeedId, merged.MergedIntoText));
        var kept = Assert.Single(ben.Needs);
        Assert.Equal((1, "Eigene Leitstelle mit Schulungen", (Guid?)null), (kept.NeedsMergedIn, kept.MergedText, kept.MergedIntoNeedId));
        Assert.Contains("mergedIntoNeedId", PersonalDataJson.ToText(anna), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_the_author_of_the_need_that_stayed_promotes_the_oldest_source_and_keeps_the_others_merged_into_it()
    {
        await using var store = await CreateStoreAsync();
        var world = await PrivacyWorld.CreateAsync(store);
        var item = world.Series.FindForum(1)!.FindItem("needs")!;
        var annas = (await store.Forums.GetNeedsAsync(item.Id, Ct)).Single(n => n.Text == "Schulungen vor Ort");
        var later = new NeedEntry(Guid.NewGuid(), item.Id, "p:someone-else", null, "kommune", NeedKind.Obstacle, "mobility", "Keine Schulungsräume", "c-later", T0.AddHours(1));
        await store.Forums.AddNeedAsync(later, Ct);
        Assert.True((await Merging(store).MergeNeedsAsync(annas.Id, [later.Id, world.BensNeedId], "Schulungen und Leitstelle", MergingModerator, Ct)).Succeeded);

        var erased = await world.Service.EraseAsync(new UserRef(AnnaId, AnnaName), AnnaId, Ct);

        Assert.True(erased.Succeeded);
        var needs = await store.Forums.GetNeedsAsync(item.Id, Ct);
        Assert.DoesNotContain(needs, n => n.Id == annas.Id);
        var heir = needs.Single(n => n.Id == world.BensNeedId);
        Assert.Equal(((Guid?)null, "Schulungen und Leitstelle"), (heir.MergedIntoId, heir.MergedText));
        Assert.Equal(world.BensNeedId, needs.Single(n => n.Id == later.Id).MergedIntoId);
        var group = Assert.Single(NeedMerges.Group(needs), g => g.Sources.Count > 0);
        Assert.Equal(["Eigene Leitstelle", "Keine Schulungsräume"], group.Members.Select(n => n.Text));
    }

    [Fact]
    public async Task Erasing_the_author_of_the_need_that_stayed_leaves_a_single_source_standing_on_its_own()
    {
        await using var store = await CreateStoreAsync();
        var world = await PrivacyWorld.CreateAsync(store);
        var item = world.Series.FindForum(1)!.FindItem("needs")!;
        var annas = (await store.Forums.GetNeedsAsync(item.Id, Ct)).Single(n => n.Text == "Schulungen vor Ort");
        Assert.True((await Merging(store).MergeNeedsAsync(annas.Id, [world.BensNeedId], "Schulungen und Leitstelle", MergingModerator, Ct)).Succeeded);

        await world.Service.EraseAsync(new UserRef(AnnaId, AnnaName), AnnaId, Ct);

        var bens = (await store.Forums.GetNeedsAsync(item.Id, Ct)).Single(n => n.Id == world.BensNeedId);
        Assert.Equal(((Guid?)null, (string?)null, "Eigene Leitstelle"), (bens.MergedIntoId, bens.MergedText, bens.ShownText));
    }

    [Fact]
    public async Task Retention_keeps_a_merge_and_its_once_per_person_count_while_the_keys_are_replaced()
    {
        await using var store = await CreateStoreAsync();
        var world = await PrivacyWorld.CreateAsync(store);
        var item = world.Series.FindForum(1)!.FindItem("needs")!;
        var third = new NeedEntry(Guid.NewGuid(), item.Id, "p:carl", null, "kommune", NeedKind.Wish, "mobility", "Leitstelle im Kreis", "c-carl", T0);
        await store.Forums.AddNeedAsync(third, Ct);
        // A fourth author: the sample series publishes needs from k = 4 on.
        await store.Forums.AddNeedAsync(third with { Id = Guid.NewGuid(), RespondentKey = "p:dora", Text = "Carsharing", ClientKey = "c-dora" }, Ct);
        Assert.True((await Merging(store).MergeNeedsAsync(world.BensNeedId, [third.Id], null, MergingModerator, Ct)).Succeeded);
        var before = await AggregatesAsync(store, world.Series);
        Assert.Contains("Leitstelle im Kreis", before, StringComparison.Ordinal);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(400));

        var swept = await new RetentionSweeper(store.Services.GetRequiredService<IRetentionStore>(), clock).SweepAsync(OutboxKeep, Ct);

        Assert.Equal(1, swept.SeriesExpired);
        Assert.Equal(before, await AggregatesAsync(store, world.Series));
        Assert.Equal(world.BensNeedId, (await store.Forums.GetNeedAsync(third.Id, Ct))!.MergedIntoId);
    }

    private static NeedsMerging Merging(StoreHarness store)
    {
        var moderation = new ModerationOptions();
        moderation.ModeratorIds.Add(MergingModerator.Id);
        return new NeedsMerging(store.Forums, moderation);
    }

    /// <summary>The sample series' needs item in forum 1 with one need per text, each by another person, a minute apart.</summary>
    private static async Task<(ForumSeries Series, ForumItem Item, IReadOnlyList<NeedEntry> Needs)> NeedsItemAsync(StoreHarness store, params string[] texts)
    {
        var series = SampleSeries.Create();
        Assert.True(series.StartForum(1).Succeeded);
        await store.Forums.AddSeriesAsync(series, Ct);
        var item = series.FindForum(1)!.FindItem("needs")!;
        var needs = texts.Select((text, i) => new NeedEntry(Guid.NewGuid(), item.Id, $"p:person-{i}", null, "kommune", (NeedKind)(i % 4), "mobility", text,
            $"c{i}", T0.AddMinutes(i))).ToList();
        foreach (var need in needs)
        {
            Assert.True(await store.Forums.AddNeedAsync(need, Ct));
        }

        return (series, item, needs);
    }
}
