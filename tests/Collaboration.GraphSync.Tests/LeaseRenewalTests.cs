using Collaboration.Forums.Outbox;
using Collaboration.GraphSync.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Collaboration.GraphSync.Tests;

/// <summary>A job that runs longer than one lease term keeps its message: no second worker starts it meanwhile.</summary>
public sealed class LeaseRenewalTests : IAsyncLifetime
{
    private readonly SlowJob _job = new();
    private GraphSyncHarness _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await GraphSyncHarness.StartAsync(
            // Renewals every 2/3 s leave more than a second of slack on a loaded two-core machine.
            new Dictionary<string, string?> { ["Outbox:LeaseDuration"] = "00:00:02" },
            s => s.AddSingleton<IOutboxJob>(_job));

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_job_longer_than_its_lease_term_is_not_run_twice_by_two_workers()
    {
        await _harness.Outbox.EnqueueAsync(new OutboxMessage(Guid.NewGuid(), SlowJob.KindName, "{}", DateTimeOffset.UtcNow.AddSeconds(-1)), CancellationToken.None);

        // The lease term is 2 s; the job takes 5 s from its start; the second worker looks twice while it runs.
        var first = _harness.NewWorker().RunOnceAsync(CancellationToken.None);
        await _job.Started.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var secondEarly = await _harness.NewWorker().RunOnceAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var secondLate = await _harness.NewWorker().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, await first);
        Assert.Equal((0, 0), (secondEarly, secondLate));
        Assert.Equal(1, _job.Runs);
        Assert.Empty(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
    }

    private sealed class SlowJob : IOutboxJob
    {
        public const string KindName = "slow";
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _runs;

        public int Runs => _runs;

        public Task Started => _started.Task;

        public string Kind => KindName;

        public async Task RunAsync(OutboxEntry entry, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            _started.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        }
    }
}
