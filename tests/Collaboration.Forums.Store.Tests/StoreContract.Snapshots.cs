namespace Collaboration.Forums.Store.Tests;

/// <summary>
/// Each instance keeps a snapshot of a series while the stored revision is unchanged (the vote path reads the series
/// on every vote); a change made through any instance must be seen by the next read on every other one.
/// </summary>
public abstract partial class StoreContract
{
    /// <summary>Two started stores (two instances of the bot, say) on one new, empty database.</summary>
    protected abstract Task<(StoreHarness First, StoreHarness Second)> CreateTwoInstancesAsync();

    [Fact]
    public async Task An_unchanged_series_is_read_again_from_the_instance_snapshot()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);

        var first = await store.Forums.GetSeriesAsync(series.Id, Ct);
        var again = await store.Forums.GetSeriesAsync(series.Id, Ct);
        var byItem = await store.Forums.GetSeriesOfItemAsync(series.Forums[1].Items[0].Id, Ct);
        var forChange = await store.Forums.GetSeriesForChangeAsync(series.Id, Ct);

        Assert.Same(first, again);
        Assert.Same(first, byItem);
        // A use case that changes the series gets its own copy, so a shared snapshot is never changed half-way.
        Assert.NotSame(first, forChange);
        Assert.Equal(SeriesSnapshot.Of(first), SeriesSnapshot.Of(forChange));
    }

    [Fact]
    public async Task A_change_through_one_instance_is_seen_by_the_next_read_on_another()
    {
        var (first, second) = await CreateTwoInstancesAsync();
        await using var one = first;
        await using var two = second;
        var series = SampleSeries.Create();
        await one.Forums.AddSeriesAsync(series, Ct);
        var item = series.Forums[0].Items[0].Id;
        Assert.Equal(ForumStatus.Draft, (await one.Forums.GetSeriesOfItemAsync(item, Ct))!.Forums[0].Status);
        Assert.Equal(ForumStatus.Draft, (await two.Forums.GetSeriesAsync(series.Id, Ct))!.Forums[0].Status);

        var started = (await two.Forums.GetSeriesForChangeAsync(series.Id, Ct))!;
        Assert.True(started.StartForum(1).Succeeded);
        await two.Forums.UpdateSeriesAsync(started, Ct);
        var seenByOne = await one.Forums.GetSeriesOfItemAsync(item, Ct);

        var closing = (await one.Forums.GetSeriesForChangeAsync(series.Id, Ct))!;
        Assert.True(closing.CloseItem(item).Succeeded);
        await one.Forums.UpdateSeriesAsync(closing, Ct);
        var seenByTwo = await two.Forums.GetSeriesAsync(series.Id, Ct);

        Assert.Equal(ForumStatus.Open, seenByOne!.Forums[0].Status);
        Assert.Equal(ItemStatus.Open, seenByOne.FindItem(item)!.Value.Item.Status);
        Assert.Equal(ItemStatus.Closed, seenByTwo!.FindItem(item)!.Value.Item.Status);
    }

    [Fact]
    public async Task A_vote_decided_on_a_kept_snapshot_that_another_instance_has_changed_since_is_not_written()
    {
        var (first, second) = await CreateTwoInstancesAsync();
        await using var one = first;
        await using var two = second;
        var (item, other) = await StartForumAndCloseOneItemAsync(one);
        var kept = (await two.Forums.GetKeptSeriesOfItemAsync(item, Ct))!;
        Assert.Equal(ResponseWrite.Inserted, await two.Forums.UpsertOpenResponseAsync(Vote(item, "p:1", 2), kept, Ct));

        // Another instance changes the series in a way that leaves the voted item open: opening the other item again.
        var changing = (await one.Forums.GetSeriesForChangeAsync(kept.Id, Ct))!;
        Assert.True(changing.OpenItem(other).Succeeded);
        await one.Forums.UpdateSeriesAsync(changing, Ct);
        var stillKept = await two.Forums.GetKeptSeriesOfItemAsync(item, Ct);
        var stale = await two.Forums.UpsertOpenResponseAsync(Vote(item, "p:2", 3), kept, Ct);
        var fresh = (await two.Forums.GetSeriesOfItemAsync(item, Ct))!;
        var again = await two.Forums.UpsertOpenResponseAsync(Vote(item, "p:2", 3), fresh, Ct);

        // The kept snapshot is handed out without asking the database; the write checks it and refuses, so the vote is
        // decided again on the series as stored, and only then written.
        Assert.Same(kept, stillKept);
        Assert.Equal(ResponseWrite.Stale, stale);
        Assert.NotSame(kept, fresh);
        Assert.Equal(ItemStatus.Open, fresh.FindItem(other)!.Value.Item.Status);
        Assert.Equal(ResponseWrite.Inserted, again);
        Assert.Equal(["p:1", "p:2"], (await one.Forums.GetResponsesAsync(item, Ct)).Select(r => r.RespondentKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_vote_decided_with_a_kept_participant_that_another_instance_has_changed_since_is_not_written()
    {
        var (first, second) = await CreateTwoInstancesAsync();
        await using var one = first;
        await using var two = second;
        var (item, _) = await StartForumAndCloseOneItemAsync(one);
        var series = (await two.Forums.GetKeptSeriesOfItemAsync(item, Ct))!;
        var anna = await one.Forums.SaveParticipantAsync(new Participant(Guid.NewGuid(), series.Id, "aad-anna", "Anna", "kommune", "Stadt", null, T0), Ct);
        var kept = (await two.Forums.GetKeptParticipantAsync(series.Id, "aad-anna", Ct))!;
        Assert.Equal(ResponseWrite.Inserted, await two.Forums.UpsertOpenResponseAsync(VoteOf(item, kept, 2), series, kept, Ct));

        // Anna onboards again on the other instance, now for another group; the same row, its group changed.
        await one.Forums.SaveParticipantAsync(anna with { GroupKey = "landkreis" }, Ct);
        var stillKept = await two.Forums.GetKeptParticipantAsync(series.Id, "aad-anna", Ct);
        var stale = await two.Forums.UpsertOpenResponseAsync(VoteOf(item, kept, 3), series, kept, Ct);
        var fresh = (await two.Forums.GetKeptParticipantAsync(series.Id, "aad-anna", Ct))!;
        var again = await two.Forums.UpsertOpenResponseAsync(VoteOf(item, fresh, 3), series, fresh, Ct);

        // The kept row is handed out without asking the database; the write checks it and refuses, the vote's next
        // read of the participant is fresh, and only the vote decided with it is written, in the new group.
        Assert.Same(kept, stillKept);
        Assert.Equal(ResponseWrite.Stale, stale);
        Assert.Equal("landkreis", fresh.GroupKey);
        Assert.Equal(ResponseWrite.Updated, again);
        var stored = (await one.Forums.GetResponseAsync(item, "p:" + anna.Id.ToString("N"), Ct))!;
        Assert.Equal(("landkreis", (Answer)new RatingAnswer(3)), (stored.GroupKey, stored.Answer));
    }

    private static Response VoteOf(Guid item, Participant voter, int rating) =>
        new(item, "p:" + voter.Id.ToString("N"), voter.Id, voter.GroupKey, new RatingAnswer(rating), T0);
}
