using Collaboration.Fakes.Clock;

namespace Collaboration.GraphSync.Tests;

/// <summary>
/// A job that runs longer than one lease term keeps its message: no second worker starts it meanwhile. The store and
/// the workers run on one fake clock, so the lease term passes when the test moves the clock, not on the wall clock.
/// </summary>
public sealed class LeaseRenewalTests : IAsyncLifetime
{
    private static readonly TimeSpan Term = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly HeldJob _job = new();
    private GraphSyncHarness _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await GraphSyncHarness.StartAsync(
            new Dictionary<string, string?> { ["Outbox:LeaseDuration"] = Term.ToString() },
            s => s.AddSingleton<IOutboxJob>(_job),
            builder => builder.Services.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_job_longer_than_its_lease_term_is_not_run_twice_by_two_workers()
    {
        var id = Guid.NewGuid();
        await _harness.Outbox.EnqueueAsync(new OutboxMessage(id, HeldJob.KindName, "{}", _clock.GetUtcNow().AddSeconds(-1)), CancellationToken.None);
        var start = _clock.GetUtcNow();

        var first = _harness.NewWorker().RunOnceAsync(CancellationToken.None);
        await _job.Started.WaitAsync(TimeSpan.FromSeconds(30));
        // The worker renews at a third of the term; past the first term, the second worker looks twice.
        for (var renewal = 0; renewal < 3; renewal++)
        {
            await RenewalAsync(id);
        }

        var secondEarly = await _harness.NewWorker().RunOnceAsync(CancellationToken.None);
        await RenewalAsync(id);
        var secondLate = await _harness.NewWorker().RunOnceAsync(CancellationToken.None);
        _job.Finish();

        Assert.True(_clock.GetUtcNow() > start + Term, "the first lease term must have passed while the job ran");
        Assert.Equal(1, await first);
        Assert.Equal((0, 0), (secondEarly, secondLate));
        Assert.Equal(1, _job.Runs);
        Assert.Empty(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_lease_that_is_not_renewed_goes_to_the_next_worker_after_its_term()
    {
        // The test above must be able to fail: without the first worker's renewals the message is leased again.
        var id = Guid.NewGuid();
        await _harness.Outbox.EnqueueAsync(new OutboxMessage(id, HeldJob.KindName, "{}", _clock.GetUtcNow().AddSeconds(-1)), CancellationToken.None);
        var leased = await _harness.Outbox.LeaseAsync("gone", [HeldJob.KindName], 1, Term, CancellationToken.None);

        _clock.Advance(Term + TimeSpan.FromSeconds(1));
        var second = _harness.NewWorker().RunOnceAsync(CancellationToken.None);
        await _job.Started.WaitAsync(TimeSpan.FromSeconds(30));
        _job.Finish();

        Assert.Single(leased);
        Assert.Equal(1, await second);
    }

    /// <summary>Moves the clock a third of the term on, then in small steps until the worker has renewed the lease.</summary>
    private async Task RenewalAsync(Guid id)
    {
        var before = (await _harness.Outbox.GetAsync(id, CancellationToken.None))?.LeasedUntil;
        _clock.Advance(Term / 3);
        await ClockSteps.AdvanceUntilAsync(
            _clock,
            Term / 30,
            async cancellationToken => (await _harness.Outbox.GetAsync(id, cancellationToken))?.LeasedUntil > before,
            "a renewal of the lease",
            TimeSpan.FromMilliseconds(100));
    }

    /// <summary>A job that runs until the test lets it finish, however far the clock has moved.</summary>
    private sealed class HeldJob : IOutboxJob
    {
        public const string KindName = "held";
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _runs;

        public int Runs => _runs;

        public Task Started => _started.Task;

        public string Kind => KindName;

        public void Finish() => _finish.TrySetResult();

        public async Task RunAsync(OutboxEntry entry, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            _started.TrySetResult();
            await _finish.Task.WaitAsync(cancellationToken);
        }
    }
}
