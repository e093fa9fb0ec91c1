using Collaboration.Fakes.Clock;
using Collaboration.Forums.Retries;
using Collaboration.GraphSync.Graph;
using Collaboration.GraphSync.Hosting;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace Collaboration.GraphSync.Tests;

/// <summary>
/// Per-request retries of the real Graph client against the fake Graph, decided by the shared classification and
/// <see cref="RetryPolicy"/>: every wait the client sets is on a watched fake clock, so the test reads its exact length
/// and moves the clock by just that much.
/// </summary>
public sealed class GraphRetryHandlerTests : IAsyncLifetime, IDisposable
{
    private const int Seed = 18;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly WatchedClock _clock = new(DateTimeOffset.UtcNow);
    private readonly GraphSyncOptions _options = new() { HttpMaxRetries = 3 };
    private FakeGraphService _graph = null!;
    private GraphClients _clients = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphService.StartAsync();
        _options.BaseUrl = _graph.BaseUrl;
        _clients = new GraphClients(new FakeTokenCredential(), _options, _clock, Jitter.Seeded(Seed));
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    public void Dispose() => _clients.Dispose();

    [Fact]
    public async Task A_429_with_Retry_After_waits_exactly_that_long_and_sends_the_same_body_again()
    {
        _graph.Inject(GraphFault.Throttled(TimeSpan.FromSeconds(90)), 1);
        var content = Encoding.UTF8.GetBytes("Protokoll Forum 1");
        using var limit = new CancellationTokenSource(Limit);

        var upload = Drive.ItemWithPath("Forum 1/protokoll.txt").Content.PutAsync(new MemoryStream(content), cancellationToken: limit.Token);

        Assert.Equal(TimeSpan.FromSeconds(90), await _clock.NextWaitAsync(limit.Token));
        _clock.Advance(TimeSpan.FromSeconds(89));
        Assert.False(upload.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await upload;
        Assert.Equal(content, _graph.GetFile(ArchiveTarget.DriveId, "Forum 1/protokoll.txt"));
        Assert.Equal([429, 200], _graph.Requests.Select(r => r.Status is >= 200 and < 300 ? 200 : r.Status));
    }

    [Fact]
    public async Task A_503_is_retried_after_the_policys_backoff_and_then_ends_in_the_shared_classification()
    {
        _graph.Inject(GraphFault.Unavailable(TimeSpan.Zero), int.MaxValue);
        var policy = GraphRetryHandler.PolicyFor(_options);
        var sameJitter = Jitter.Seeded(Seed);
        using var limit = new CancellationTokenSource(Limit);

        var read = Items.GetAsync(cancellationToken: limit.Token);

        for (var attempt = 1; attempt < policy.MaxAttempts; attempt++)
        {
            var wait = await _clock.NextWaitAsync(limit.Token);
            // Task.Delay counts whole milliseconds.
            Assert.Equal(TimeSpan.FromMilliseconds((long)policy.Backoff(attempt, sameJitter.Next()).TotalMilliseconds), wait);
            _clock.Advance(wait);
        }

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => read);
        var failure = new GraphFailureClassifier(_clock).Classify(error)!;
        Assert.Equal(FailureKind.Throttled, failure.Kind);
        Assert.StartsWith("Graph 503", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(policy.MaxAttempts, _graph.Requests.Count(r => r.Status == 503));
        Assert.False(_clock.HasUnseenWait);
    }

    [Fact]
    public async Task A_403_is_sent_once_and_given_up_without_a_wait()
    {
        _graph.Inject(GraphFault.Forbidden(), int.MaxValue);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => Items.GetAsync());

        Assert.Equal(FailureKind.Permanent, new GraphFailureClassifier(_clock).Classify(error)!.Kind);
        Assert.Single(_graph.Requests);
        Assert.False(_clock.HasUnseenWait);
    }

    [Fact]
    public async Task A_create_answered_504_is_not_sent_again_because_it_may_have_been_done()
    {
        _graph.Inject(GraphFault.GatewayTimeoutAfterProcessing(), 1);

        await Assert.ThrowsAnyAsync<ApiException>(() => Items.PostAsync(new ListItem
        {
            Fields = new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "Breitband" } },
        }));

        Assert.Single(_graph.Requests);
        Assert.False(_clock.HasUnseenWait);
    }

    private Microsoft.Graph.Drives.Item.Root.RootRequestBuilder Drive => _clients.Graph.Drives[ArchiveTarget.DriveId].Root;

    private Microsoft.Graph.Sites.Item.Lists.Item.Items.ItemsRequestBuilder Items =>
        _clients.Graph.Sites[ArchiveTarget.SiteId].Lists[ArchiveTarget.ListId].Items;
}
