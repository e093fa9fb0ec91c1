using Collaboration.Forums.Retries;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Collaboration.GraphSync.Tests;

/// <summary>
/// How the outbox worker treats what Graph answers an archive job, sorted by <see cref="GraphFailures"/>: a refusal no
/// retry can fix ends the job at once, throttling waits as long as Graph asked, a busy service is retried with backoff.
/// The SDK's own retries are off here, so every answer reaches the worker; its clock is a fake one the test moves.
/// </summary>
public sealed class GraphFailureOutboxTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private GraphSyncHarness _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await GraphSyncHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["GraphSync:HttpMaxRetries"] = "0",
                ["Outbox:MaxAttempts"] = "8",
                ["Outbox:BaseBackoff"] = "00:00:30",
                ["Outbox:MaxBackoff"] = "01:00:00",
                ["Outbox:LeaseDuration"] = "00:10:00",
            },
            services => services
                .Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock))
                .Replace(ServiceDescriptor.Singleton(Jitter.Seeded(18))));

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_Graph_403_dead_letters_the_archive_job_after_one_attempt_with_Graphs_reason()
    {
        await ForumScenario.CloseForumOneAsync(_harness.Store);
        _harness.Graph.Inject(GraphFault.Forbidden(), int.MaxValue);

        var job = await RunOnceAsync();

        Assert.True(job.Poison);
        Assert.Equal(1, job.Attempts);
        Assert.Contains("403", job.LastError, StringComparison.Ordinal);
        Assert.Contains("accessDenied", job.LastError, StringComparison.Ordinal);
        Assert.Single(_harness.Graph.Requests, r => r.Status == 403);
        Assert.Equal(job.Id, Assert.Single(await _harness.Outbox.ListStuckAsync(CancellationToken.None)).Id);
    }

    [Fact]
    public async Task A_Graph_429_with_Retry_After_makes_the_job_wait_exactly_that_long_and_then_succeed()
    {
        await ForumScenario.CloseForumOneAsync(_harness.Store);
        _harness.Graph.Inject(GraphFault.Throttled(TimeSpan.FromSeconds(90)), 1);

        var job = await RunOnceAsync();

        Assert.False(job.Poison);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromSeconds(90), job.NextAttemptAt);
        _clock.Advance(TimeSpan.FromSeconds(89));
        Assert.Equal(0, await _harness.NewWorker().RunOnceAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _harness.DrainAsync();
        Assert.NotNull((await _harness.Outbox.GetAsync(job.Id, CancellationToken.None))!.DoneAt);
    }

    [Fact]
    public async Task A_Graph_503_without_a_wait_is_retried_after_the_backoff_which_grows_per_attempt()
    {
        await ForumScenario.CloseForumOneAsync(_harness.Store);
        _harness.Graph.Inject(GraphFault.Unavailable(TimeSpan.Zero), 2);

        var first = await RunOnceAsync();
        var firstWait = first.NextAttemptAt - _clock.GetUtcNow();
        _clock.Advance(firstWait);
        await _harness.NewWorker().RunOnceAsync(CancellationToken.None);
        var second = (await _harness.Outbox.GetAsync(first.Id, CancellationToken.None))!;
        var secondWait = second.NextAttemptAt - _clock.GetUtcNow();

        // Base 30 s, doubling: half of each wait is fixed, the other half jitter.
        Assert.InRange(firstWait, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30));
        Assert.InRange(secondWait, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));
        Assert.Equal((2, false), (second.Attempts, second.Poison));
        _clock.Advance(secondWait);
        await _harness.DrainAsync();
        Assert.NotNull((await _harness.Outbox.GetAsync(first.Id, CancellationToken.None))!.DoneAt);
        Assert.Equal(2, _harness.Graph.Requests.Count(r => r.Status == 503));
    }

    /// <summary>Runs the archive job once, when it is due (the scenario stores the forum by the wall clock), and returns its outbox row.</summary>
    private async Task<OutboxEntry> RunOnceAsync()
    {
        var queued = Assert.Single(await _harness.Outbox.ListOpenAsync(CancellationToken.None));
        if (queued.NextAttemptAt > _clock.GetUtcNow())
        {
            _clock.Advance(queued.NextAttemptAt - _clock.GetUtcNow());
        }

        Assert.Equal(1, await _harness.NewWorker().RunOnceAsync(CancellationToken.None));
        return (await _harness.Outbox.GetAsync(queued.Id, CancellationToken.None))!;
    }
}
