using Collaboration.Forums.Outbox;

namespace Collaboration.Forums.Store.Tests;

/// <summary>The outbox part of the contract: same transaction as the change, exclusive leases, retries and poison.</summary>
public abstract partial class StoreContract
{
    private static readonly TimeSpan LongLease = TimeSpan.FromMinutes(5);
    private static readonly string[] ArchiveJobs = [ArchiveForumPayload.Kind];

    // A lease meant to run out during the test. It must outlast the calls made before it should expire, also on
    // a loaded two-core CI machine (200 ms did not), so the test waits a little longer than this for it to end.
    private static readonly TimeSpan ShortLease = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan PastShortLease = TimeSpan.FromSeconds(3.5);

    [Fact]
    public async Task Closing_a_forum_stores_its_archive_message_with_the_status_change()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        Assert.True(series.StartForum(1).Succeeded);
        Assert.True(series.CloseForum(1).Succeeded);
        var message = OutboxMessage.ArchiveForum(Guid.NewGuid(), series.Id, 1, DateTimeOffset.UtcNow);

        await store.Forums.UpdateSeriesAsync(series, [message], Ct);

        Assert.Equal(ForumStatus.Closed, (await store.Forums.GetSeriesAsync(series.Id, Ct))!.FindForum(1)!.Status);
        var leased = Assert.Single(await store.Outbox.LeaseAsync("worker-a", ArchiveJobs, 10, LongLease, Ct));
        Assert.Equal((message.Id, "archive-forum", 1), (leased.Id, leased.Kind, leased.Attempts));
        Assert.Equal(new ArchiveForumPayload(series.Id, 1), ArchiveForumPayload.Parse(leased.Payload));
        Assert.Equal("worker-a", leased.LeaseOwner);
    }

    [Fact]
    public async Task A_failing_update_stores_neither_the_status_change_nor_its_outbox_messages()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        var existing = OutboxMessage.ArchiveForum(Guid.NewGuid(), series.Id, 3, DateTimeOffset.UtcNow);
        await store.Outbox.EnqueueAsync(existing, Ct);
        Assert.True(series.StartForum(1).Succeeded);
        var fresh = OutboxMessage.ArchiveForum(Guid.NewGuid(), series.Id, 1, DateTimeOffset.UtcNow);

        // The second message reuses a stored id, so the commit fails after the status and the first row were written.
        await Assert.ThrowsAsync<DbUpdateException>(() => store.Forums.UpdateSeriesAsync(series, [fresh, existing with { Kind = "duplicate" }], Ct));

        Assert.Equal(ForumStatus.Draft, (await store.Forums.GetSeriesAsync(series.Id, Ct))!.FindForum(1)!.Status);
        Assert.Null(await store.Outbox.GetAsync(fresh.Id, Ct));
        Assert.Equal([existing.Id], (await store.Outbox.LeaseAsync("worker-a", ArchiveJobs, 10, LongLease, Ct)).Select(e => e.Id));
    }

    [Fact]
    public async Task Enqueueing_an_id_twice_keeps_the_first_message_and_says_so()
    {
        await using var store = await CreateStoreAsync();
        var first = OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 1, DateTimeOffset.UtcNow);

        Assert.True(await store.Outbox.EnqueueAsync(first, Ct));
        Assert.False(await store.Outbox.EnqueueAsync(first with { Payload = "{}" }, Ct));

        var leased = Assert.Single(await store.Outbox.LeaseAsync("worker-a", ArchiveJobs, 10, LongLease, Ct));
        Assert.Equal((first.Id, first.Payload), (leased.Id, leased.Payload));
        Assert.True(await store.Outbox.CompleteAsync(first.Id, Ct));
        Assert.False(await store.Outbox.EnqueueAsync(first, Ct)); // a done message is not revived by a late re-run either
        Assert.NotNull((await store.Outbox.GetAsync(first.Id, Ct))!.DoneAt);
    }

    [Fact]
    public async Task The_open_list_holds_every_message_not_done_whatever_its_state()
    {
        await using var store = await CreateStoreAsync();
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        var messages = Enumerable.Range(0, 4).Select(i => OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 1, start.AddSeconds(i))).ToList();
        foreach (var message in messages)
        {
            await store.Outbox.EnqueueAsync(message, Ct);
        }

        var leased = await store.Outbox.LeaseAsync("worker-a", ArchiveJobs, 3, LongLease, Ct);
        await store.Outbox.CompleteAsync(leased[0].Id, Ct);
        await store.Outbox.FailAsync(leased[1].Id, "Graph 503", DateTimeOffset.UtcNow.AddHours(1), poison: false, Ct);
        await store.Outbox.FailAsync(leased[2].Id, "Graph 403", DateTimeOffset.UtcNow, poison: true, Ct);

        Assert.Equal(messages.Skip(1).Select(m => m.Id), (await store.Outbox.ListOpenAsync(Ct)).Select(e => e.Id));
    }

    [Fact]
    public async Task A_leaser_gets_only_the_kinds_it_has_jobs_for()
    {
        await using var store = await CreateStoreAsync();
        var archive = OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 1, DateTimeOffset.UtcNow);
        var links = OutboxMessage.PostArchiveLinks(archive.Id, new ArchiveLinksPayload(Guid.NewGuid(), 1, new("Forum 1"),
            [new ArchivedFile("results.json", new Uri("https://contoso.sharepoint.com/r.json"))], "19:chat"), DateTimeOffset.UtcNow);
        await store.Outbox.EnqueueAsync(archive, Ct);
        await store.Outbox.EnqueueAsync(links, Ct);

        Assert.Equal([links.Id], (await store.Outbox.LeaseAsync("bot", [ArchiveLinksPayload.Kind], 10, LongLease, Ct)).Select(e => e.Id));
        Assert.Equal([archive.Id], (await store.Outbox.LeaseAsync("graph-sync", ArchiveJobs, 10, LongLease, Ct)).Select(e => e.Id));
        Assert.Empty(await store.Outbox.LeaseAsync("idle", [], 10, LongLease, Ct));
    }

    [Fact]
    public async Task Concurrent_leasers_never_get_the_same_message()
    {
        await using var store = await CreateStoreAsync();
        const int Messages = 60;
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        for (var i = 0; i < Messages; i++)
        {
            await store.Outbox.EnqueueAsync(OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 1, start.AddMilliseconds(i)), Ct);
        }

        var leasers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            var mine = new List<Guid>();
            while (await store.Outbox.LeaseAsync($"worker-{n}", ArchiveJobs, 3, LongLease, Ct) is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(e => e.Id));
            }

            return mine;
        }));
        var results = await Task.WhenAll(leasers);

        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(Messages, all.Count);
        Assert.Equal(Messages, all.Distinct().Count());
    }

    [Fact]
    public async Task An_expired_lease_is_leased_again_and_a_live_one_is_not()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var store = await CreateStoreAsync(clock);
        // Due one after the other, so the first lease takes `message`: the fake clock stands still, equal times would tie.
        var message = OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 2, clock.GetUtcNow().AddSeconds(-2));
        await store.Outbox.EnqueueAsync(message, Ct);
        var live = OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 2, clock.GetUtcNow().AddSeconds(-1));
        await store.Outbox.EnqueueAsync(live, Ct);
        Assert.Single(await store.Outbox.LeaseAsync("crashed-worker", ArchiveJobs, 1, ShortLease, Ct));
        Assert.Single(await store.Outbox.LeaseAsync("busy-worker", ArchiveJobs, 1, LongLease, Ct));
        Assert.Empty(await store.Outbox.LeaseAsync("other-worker", ArchiveJobs, 10, LongLease, Ct));

        clock.Advance(PastShortLease);
        var again = Assert.Single(await store.Outbox.LeaseAsync("other-worker", ArchiveJobs, 10, LongLease, Ct));

        Assert.Equal((message.Id, 2, "other-worker"), (again.Id, again.Attempts, again.LeaseOwner));
    }

    [Fact]
    public async Task A_renewed_lease_outlives_its_first_term_and_only_its_owner_can_renew_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var store = await CreateStoreAsync(clock);
        var message = OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 2, clock.GetUtcNow().AddSeconds(-1));
        await store.Outbox.EnqueueAsync(message, Ct);
        Assert.Single(await store.Outbox.LeaseAsync("worker-a", ArchiveJobs, 1, ShortLease, Ct));

        Assert.True(await store.Outbox.ExtendLeaseAsync(message.Id, "worker-a", LongLease, Ct));
        Assert.False(await store.Outbox.ExtendLeaseAsync(message.Id, "worker-b", LongLease, Ct));
        clock.Advance(PastShortLease);

        Assert.Empty(await store.Outbox.LeaseAsync("worker-b", ArchiveJobs, 10, LongLease, Ct));
    }

    [Fact]
    public async Task An_expired_lease_cannot_be_renewed_once_another_worker_took_the_message()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var store = await CreateStoreAsync(clock);
        var message = OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 2, clock.GetUtcNow().AddSeconds(-1));
        await store.Outbox.EnqueueAsync(message, Ct);
        Assert.Single(await store.Outbox.LeaseAsync("worker-a", ArchiveJobs, 1, ShortLease, Ct));
        clock.Advance(PastShortLease);
        Assert.Single(await store.Outbox.LeaseAsync("worker-b", ArchiveJobs, 1, LongLease, Ct));

        Assert.False(await store.Outbox.ExtendLeaseAsync(message.Id, "worker-a", LongLease, Ct));
        Assert.Equal("worker-b", (await store.Outbox.GetAsync(message.Id, Ct))!.LeaseOwner);
    }

    [Fact]
    public async Task A_failed_message_waits_for_its_next_attempt_and_a_completed_one_is_never_leased_again()
    {
        await using var store = await CreateStoreAsync();
        var failing = OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 1, DateTimeOffset.UtcNow.AddSeconds(-1));
        var succeeding = OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 2, DateTimeOffset.UtcNow.AddSeconds(-1));
        await store.Outbox.EnqueueAsync(failing, Ct);
        await store.Outbox.EnqueueAsync(succeeding, Ct);
        Assert.Equal(2, (await store.Outbox.LeaseAsync("worker-a", ArchiveJobs, 10, LongLease, Ct)).Count);

        Assert.True(await store.Outbox.FailAsync(failing.Id, "503 from Graph", DateTimeOffset.UtcNow.AddHours(1), poison: false, Ct));
        Assert.True(await store.Outbox.CompleteAsync(succeeding.Id, Ct));

        Assert.Empty(await store.Outbox.LeaseAsync("worker-a", ArchiveJobs, 10, LongLease, Ct));
        var stuck = Assert.Single(await store.Outbox.ListStuckAsync(Ct));
        Assert.Equal((failing.Id, "503 from Graph", false, null), (stuck.Id, stuck.LastError, stuck.Poison, stuck.LeaseOwner));
        Assert.NotNull((await store.Outbox.GetAsync(succeeding.Id, Ct))!.DoneAt);
        Assert.False(await store.Outbox.CompleteAsync(succeeding.Id, Ct));
    }

    [Fact]
    public async Task A_poisoned_message_is_listed_as_stuck_until_an_operator_retries_it()
    {
        await using var store = await CreateStoreAsync();
        var message = OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 1, DateTimeOffset.UtcNow.AddSeconds(-1));
        await store.Outbox.EnqueueAsync(message, Ct);
        Assert.Single(await store.Outbox.LeaseAsync("worker-a", ArchiveJobs, 10, LongLease, Ct));

        Assert.True(await store.Outbox.FailAsync(message.Id, new string('x', 5000), DateTimeOffset.UtcNow.AddSeconds(-1), poison: true, Ct));

        Assert.Empty(await store.Outbox.LeaseAsync("worker-a", ArchiveJobs, 10, LongLease, Ct));
        var stuck = Assert.Single(await store.Outbox.ListStuckAsync(Ct));
        Assert.True(stuck.Poison);
        Assert.Equal(2000, stuck.LastError!.Length);

        Assert.True(await store.Outbox.RetryAsync(message.Id, Ct));
        var retried = Assert.Single(await store.Outbox.LeaseAsync("worker-b", ArchiveJobs, 10, LongLease, Ct));
        Assert.Equal((message.Id, 1, false), (retried.Id, retried.Attempts, retried.Poison));
    }
}
