namespace Collaboration.GraphSync.Tests;

/// <summary>Failures that are not Graph's: a job with a bug, a message this process has no job for. The worker records or leaves them and goes on.</summary>
public sealed class WorkerFailureTests : IAsyncLifetime
{
    private GraphSyncHarness _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await GraphSyncHarness.StartAsync(services: s => s.AddSingleton<IOutboxJob, BrokenJob>());

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_job_that_throws_unexpectedly_is_retried_then_poisoned_and_the_worker_keeps_running()
    {
        var broken = new OutboxMessage(Guid.NewGuid(), BrokenJob.KindName, "{}", DateTimeOffset.UtcNow.AddSeconds(-1));
        await _harness.Outbox.EnqueueAsync(broken, CancellationToken.None);

        await _harness.DrainAsync();

        var stuck = Assert.Single(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
        Assert.Equal((broken.Id, true, 3), (stuck.Id, stuck.Poison, stuck.Attempts));
        Assert.StartsWith("FormatException", stuck.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_of_a_kind_without_a_job_here_is_left_for_a_process_that_has_one()
    {
        // The bot's links cards wait in the same outbox; a graph-sync process must neither run nor poison them.
        var links = new OutboxMessage(Guid.NewGuid(), ArchiveLinksPayload.Kind, "{}", DateTimeOffset.UtcNow.AddSeconds(-1));
        await _harness.Outbox.EnqueueAsync(links, CancellationToken.None);

        await _harness.DrainAsync();

        var left = await _harness.Outbox.GetAsync(links.Id, CancellationToken.None);
        Assert.Equal((0, false, null, null), (left!.Attempts, left.Poison, left.DoneAt, left.LastError));
    }

    [Fact]
    public async Task A_permanent_failure_such_as_a_deleted_series_is_poisoned_without_retries()
    {
        var orphan = OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.NewGuid(), 1, DateTimeOffset.UtcNow.AddSeconds(-1));
        await _harness.Outbox.EnqueueAsync(orphan, CancellationToken.None);

        await _harness.DrainAsync();

        var stuck = Assert.Single(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
        Assert.Equal((orphan.Id, true, 1), (stuck.Id, stuck.Poison, stuck.Attempts));
        Assert.Empty(_harness.Graph.Requests);
    }

    private sealed class BrokenJob : IOutboxJob
    {
        public const string KindName = "broken";

        public string Kind => KindName;

        public Task RunAsync(OutboxEntry entry, CancellationToken cancellationToken) =>
            throw new FormatException("A bug in a job.");
    }
}
