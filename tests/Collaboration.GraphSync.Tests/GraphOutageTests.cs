using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Collaboration.GraphSync.Tests;

/// <summary>
/// Graph goes down in the middle of an archive and stays down for ten minutes. The worker's clock, its backoff and
/// the store's leases run on a fake clock that the test advances, so ten minutes of outage take seconds; Graph's
/// answers (a lost answer to a created list item, then 503s with Retry-After) are the fake service's, over HTTP.
/// </summary>
public sealed class GraphOutageTests
{
    private static readonly TimeSpan Outage = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_ten_minute_outage_mid_archive_ends_with_nothing_lost_and_nothing_duplicated()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await GraphSyncHarness.StartAsync(
            new Dictionary<string, string?>
            {
                // Production pacing: 30 s doubling backoff, 8 attempts; each request is retried once in place, on the same clock.
                ["Outbox:BaseBackoff"] = "00:00:30",
                ["Outbox:MaxBackoff"] = "01:00:00",
                ["Outbox:MaxAttempts"] = "8",
                ["Outbox:LeaseDuration"] = "00:10:00",
                ["Outbox:PollInterval"] = "00:00:10",
                ["GraphSync:HttpMaxRetries"] = "1",
            },
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var series = await ForumScenario.CloseForumOneAsync(harness.Store);
        await harness.Conversations.BindSeriesAsync("19:group-chat", series.Id, """{"conversation":{"id":"19:group-chat"}}""", CancellationToken.None);
        var graph = harness.Graph;
        DateTimeOffset? down = null;
        bool InOutage(GraphRequest request)
        {
            // The outage begins with the first batch of list items: the files are in SharePoint by then.
            if (down is null && request is { Method: "POST", InBatch: false } && request.Path.EndsWith("/$batch", StringComparison.Ordinal))
            {
                down = clock.GetUtcNow();
            }

            return down is { } start && clock.GetUtcNow() < start + Outage;
        }

        // The first batch of the outage creates its items but the answer never arrives; then Graph answers 503 asking
        // for one second, all through the outage. The request's in-place retry waits that second; the job waits at least
        // its own backoff, so its eight attempts outlast the outage instead of being spent within seconds.
        graph.Inject(GraphFault.ResetAfterReceiving(), 1, InOutage);
        graph.Inject(GraphFault.Unavailable(TimeSpan.FromSeconds(1)), int.MaxValue, InOutage);
        var archiveJob = Assert.Single(await harness.Outbox.ListOpenAsync(CancellationToken.None)).Id;

        var worker = harness.NewWorker();
        await worker.StartAsync(CancellationToken.None);
        var deadline = clock.GetUtcNow() + TimeSpan.FromHours(2);
        while ((await harness.Outbox.GetAsync(archiveJob, CancellationToken.None))!.DoneAt is null && clock.GetUtcNow() < deadline)
        {
            clock.Advance(Step);
            await Task.Delay(TimeSpan.FromMilliseconds(25));
        }

        await worker.StopAsync(CancellationToken.None);

        var job = (await harness.Outbox.GetAsync(archiveJob, CancellationToken.None))!;
        Assert.NotNull(job.DoneAt);
        Assert.False(job.Poison);
        // It failed while Graph was down, and was not done before the outage ended.
        Assert.InRange(job.Attempts, 3, 8);
        Assert.True(job.DoneAt >= down + Outage, $"done at {job.DoneAt}, outage from {down}");
        Assert.Contains(graph.Requests, r => r.Status == 503);
        Assert.Contains(graph.Requests, r => r.Status == 0); // the answer that never arrived
        var expected = await harness.Services.GetRequiredService<ForumArchiveBuilder>().BuildAsync(series, series.FindForum(1)!, CancellationToken.None);
        foreach (var file in expected.Files)
        {
            Assert.Equal(file.Content, graph.GetFile(GraphSyncHarness.DriveId, $"{expected.Folder}/{file.Name}"));
        }

        var needIds = graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId).Select(i => i["NeedId"].GetString()).ToList();
        Assert.Equal(expected.Needs.Select(n => n.NeedId.ToString()).Order(StringComparer.Ordinal), needIds.Order(StringComparer.Ordinal));
        var links = await harness.Outbox.LeaseAsync("bot", [ArchiveLinksPayload.Kind], 10, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal("19:group-chat", ArchiveLinksPayload.Parse(Assert.Single(links).Payload).ConversationId);
        Assert.Empty(await harness.Outbox.ListStuckAsync(CancellationToken.None));
    }
}
