using Collaboration.Forums.Store.Votes;

namespace Collaboration.Forums.Store.Tests;

/// <summary>
/// Votes are written in batches, one transaction each (group commit, issue #17): every vote is answered only for
/// itself, a vote for an item closed in the meantime is refused inside the batch's transaction, and one failing vote
/// does not take the others of its batch down with it.
/// </summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task A_batch_refuses_the_vote_whose_item_was_closed_in_between_and_stores_the_others()
    {
        await using var store = await CreateStoreAsync();
        var (open, closed) = await StartForumAndCloseOneItemAsync(store);
        var votes = new[]
        {
            Vote(open, "p:1", 2), Vote(closed, "p:1", 3), Vote(open, "p:2", 4), Vote(closed, "p:2", 5),
        };

        var results = await WriteAsOneBatchAsync(store, votes);

        Assert.Equal([ResponseWrite.Inserted, ResponseWrite.NotOpen, ResponseWrite.Inserted, ResponseWrite.NotOpen], results);
        Assert.Equal(2, await store.Forums.CountResponsesAsync(open, Ct));
        Assert.Equal(0, await store.Forums.CountResponsesAsync(closed, Ct));
        Assert.Equal(new RatingAnswer(4), (await store.Forums.GetResponseAsync(open, "p:2", Ct))!.Answer);
    }

    [Fact]
    public async Task A_vote_the_database_rejects_fails_alone_and_the_rest_of_its_batch_lands()
    {
        await using var store = await CreateStoreAsync();
        var (open, _) = await StartForumAndCloseOneItemAsync(store);
        // group_key is NOT NULL in the schema: this row violates it on every provider.
        var broken = Vote(open, "p:broken", 1) with { GroupKey = null! };
        var votes = new[] { Vote(open, "p:1", 1), broken, Vote(open, "p:2", 2), Vote(open, "p:1", 5) with { UpdatedAt = T0.AddMinutes(1) } };
        var pending = votes.Select(v => new PendingVote(v)).ToList();

        await store.Services.GetRequiredService<VoteBatches>().WriteBatchAsync(pending, Ct);

        Assert.Equal(ResponseWrite.Inserted, await pending[0].Written.Task);
        await Assert.ThrowsAnyAsync<Exception>(() => pending[1].Written.Task);
        Assert.Equal(ResponseWrite.Inserted, await pending[2].Written.Task);
        Assert.Equal(ResponseWrite.Updated, await pending[3].Written.Task);
        var stored = (await store.Forums.GetResponsesAsync(open, Ct)).ToDictionary(r => r.RespondentKey);
        Assert.Equal(["p:1", "p:2"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new RatingAnswer(5), stored["p:1"].Answer);
    }

    [Fact]
    public async Task One_voters_repeated_and_changed_votes_in_one_batch_are_answered_in_queue_order()
    {
        await using var store = await CreateStoreAsync();
        var (open, _) = await StartForumAndCloseOneItemAsync(store);
        // PostgreSQL writes a batch as one multi-row statement, which cannot touch one voter's row twice: this batch must.
        var votes = new[]
        {
            Vote(open, "p:1", 2), Vote(open, "p:2", 3), Vote(open, "p:1", 2),
            Vote(open, "p:1", 4) with { UpdatedAt = T0.AddMinutes(1) }, Vote(open, "p:1", 1), Vote(open, "p:2", 3),
        };

        var results = await WriteAsOneBatchAsync(store, votes);

        Assert.Equal(
            [ResponseWrite.Inserted, ResponseWrite.Inserted, ResponseWrite.Unchanged, ResponseWrite.Updated, ResponseWrite.Unchanged, ResponseWrite.Unchanged],
            results);
        var stored = (await store.Forums.GetResponsesAsync(open, Ct)).ToDictionary(r => r.RespondentKey);
        Assert.Equal(new RatingAnswer(4), stored["p:1"].Answer);
        Assert.Equal(T0.AddMinutes(1), stored["p:1"].UpdatedAt);
        Assert.Equal(new RatingAnswer(3), stored["p:2"].Answer);
    }

    [Fact]
    public async Task Concurrent_votes_through_the_queue_are_each_confirmed_and_stored_once()
    {
        await using var store = await CreateStoreAsync();
        var (open, closed) = await StartForumAndCloseOneItemAsync(store);
        const int voters = 200;
        var votes = Enumerable.Range(0, voters).Select(i => Vote(open, $"p:{i:D3}", 1 + (i % 5))).ToList();
        // Every voter's vote delivered twice (a Teams retry), and a few votes for the closed item among them.
        var deliveries = votes.Concat(votes).Concat(votes.Take(10).Select(v => v with { ItemId = closed }))
            .OrderBy(_ => Random.Shared.Next()).ToList();

        var results = await Task.WhenAll(deliveries.Select(d => Task.Run(() => store.Forums.UpsertOpenResponseAsync(d, Ct))));

        Assert.Equal(voters, results.Count(r => r == ResponseWrite.Inserted));
        Assert.Equal(voters, results.Count(r => r == ResponseWrite.Unchanged));
        Assert.Equal(10, results.Count(r => r == ResponseWrite.NotOpen));
        Assert.Equal(voters, await store.Forums.CountResponsesAsync(open, Ct));
        Assert.Equal(0, await store.Forums.CountResponsesAsync(closed, Ct));
    }

    private static Response Vote(Guid item, string respondent, int rating) =>
        new(item, respondent, null, "kommune", new RatingAnswer(rating), T0);

    private static async Task<ResponseWrite[]> WriteAsOneBatchAsync(StoreHarness store, IEnumerable<Response> votes)
    {
        var pending = votes.Select(v => new PendingVote(v)).ToList();
        await store.Services.GetRequiredService<VoteBatches>().WriteBatchAsync(pending, Ct);
        return await Task.WhenAll(pending.Select(p => p.Written.Task));
    }

    /// <summary>Forum 1 started (its rating items open), then its second rating item closed, as a moderator would.</summary>
    private static async Task<(Guid Open, Guid Closed)> StartForumAndCloseOneItemAsync(StoreHarness store)
    {
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        var changing = (await store.Forums.GetSeriesForChangeAsync(series.Id, Ct))!;
        Assert.True(changing.StartForum(1).Succeeded);
        var items = changing.Forums[0].Items;
        var (open, closed) = (items[0].Id, items[1].Id);
        Assert.True(changing.CloseItem(closed).Succeeded);
        await store.Forums.UpdateSeriesAsync(changing, Ct);
        return (open, closed);
    }
}
