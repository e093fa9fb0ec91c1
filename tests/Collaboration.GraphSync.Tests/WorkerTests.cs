using Collaboration.GraphSync.Graph;

namespace Collaboration.GraphSync.Tests;

/// <summary>What the worker and the uploads survive: resets, restarts, lasting failures.</summary>
public sealed class WorkerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private GraphSyncHarness _harness = null!;

    // Batches of 5 give the scenario's 12 needs three batches, so a worker can be stopped between two of them.
    public async Task InitializeAsync() => _harness = await GraphSyncHarness.StartAsync(new Dictionary<string, string?> { ["GraphSync:ListBatchSize"] = "5" });

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_large_file_survives_throttling_an_outage_and_a_reset_mid_upload_byte_for_byte()
    {
        var content = new byte[(5 * 1024 * 1024) + 17];
        new Random(4).NextBytes(content);
        var graph = _harness.Graph;
        static bool IsChunk(GraphRequest r) => r.Method == "PUT" && r.Path.StartsWith("/upload/", StringComparison.Ordinal);
        graph.Inject(GraphFault.Throttled(TimeSpan.FromSeconds(1)), 1, r => r.Path.EndsWith(":/createUploadSession", StringComparison.Ordinal));
        graph.Inject(GraphFault.Unavailable(TimeSpan.FromSeconds(1)), 1, r => IsChunk(r) && graph.Requests.Count(IsChunk) == 1);
        graph.Inject(GraphFault.ResetAfterReceiving(), 1, r => IsChunk(r) && graph.Requests.Count(IsChunk) == 4);

        await _harness.Services.GetRequiredService<DriveUploader>().UploadAsync("Reihe/01 Forum/video.bin", content, CancellationToken.None);

        Assert.Equal(content, graph.GetFile(GraphSyncHarness.DriveId, "Reihe/01 Forum/video.bin"));
        var requests = graph.Requests;
        Assert.Contains(requests, r => IsChunk(r) && r.Status == 0);
        Assert.Contains(requests, r => r.Method == "GET" && r.Path.StartsWith("/upload/", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Status == 429);
        Assert.Contains(requests, r => r.Status == 503);
        Assert.DoesNotContain(requests, r => r.Status == 416);
        // The chunk that arrived before the reset was not sent again: the upload went on where Graph said.
        Assert.Equal(content.Length, requests.Where(r => IsChunk(r) && r.Status is 0 or 202 or 201 or 200).Sum(r => r.ContentLength));
        Assert.All(requests.Where(IsChunk).SkipLast(1), r => Assert.Equal(0, r.ContentLength % FakeGraphService.ChunkMultiple));
    }

    [Fact]
    public async Task A_worker_stopped_between_two_batches_and_restarted_completes_the_archive_without_duplicates()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        var graph = _harness.Graph;
        // The second batch hangs until the worker is stopped, and the fake drops it unprocessed: a crash between batches.
        graph.Inject(GraphFault.Delayed(TimeSpan.FromSeconds(20)), 1, r => r.Path == "/v1.0/$batch" && graph.Requests.Any(x => x.Path == "/v1.0/$batch"));
        var archiveJob = Assert.Single(await _harness.Outbox.ListOpenAsync(CancellationToken.None)).Id;

        var first = _harness.NewWorker();
        await first.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => graph.HeldRequests == 1);
        await first.StopAsync(CancellationToken.None);
        var createdBeforeStop = graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId).Count;

        var second = _harness.NewWorker();
        await second.StartAsync(CancellationToken.None);
        var expected = await _harness.ExpectedArchiveAsync(series);
        await WaitUntilAsync(async () => (await _harness.Outbox.GetAsync(archiveJob, CancellationToken.None))!.DoneAt is not null);
        await second.StopAsync(CancellationToken.None);

        Assert.Equal(5, createdBeforeStop);
        _harness.AssertEveryNeedOnce(expected);
        foreach (var file in expected.Files)
        {
            Assert.Equal(file.Content, graph.GetFile(GraphSyncHarness.DriveId, $"{expected.Folder}/{file.Name}"));
        }

        // Nothing of the archive is left to do, leased or not.
        Assert.DoesNotContain(await _harness.Outbox.ListOpenAsync(CancellationToken.None), o => o.Kind == ArchiveForumPayload.Kind);
        Assert.Empty(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_poisoned_after_the_configured_attempts_and_listed_as_stuck()
    {
        await ForumScenario.CloseForumOneAsync(_harness.Store);
        _harness.Graph.Inject(GraphFault.Unauthorized(), 100, r => r.Method == "PUT");

        await _harness.DrainAsync();

        var stuck = Assert.Single(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
        Assert.True(stuck.Poison);
        Assert.Equal(3, stuck.Attempts);
        Assert.Contains("401", stuck.LastError, StringComparison.Ordinal);
        Assert.Equal(3, _harness.Graph.Requests.Count(r => r.Status == 401));
    }

    [Fact]
    public async Task A_single_rejected_token_fails_one_attempt_and_the_retry_completes()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        _harness.Graph.Inject(GraphFault.Unauthorized(), 1);

        await _harness.DrainAsync();

        var expected = await _harness.ExpectedArchiveAsync(series);
        Assert.Equal(expected.Files.Count, _harness.Graph.FilePaths(GraphSyncHarness.DriveId).Count);
        Assert.Equal(expected.Needs.Count, _harness.Graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId).Count);
        Assert.Empty(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
        Assert.Single(_harness.Graph.Requests, r => r.Status == 401);
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not come true in time.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
