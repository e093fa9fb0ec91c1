namespace Collaboration.GraphSync.Tests;

/// <summary>
/// After the upload, graph-sync queues one links message per conversation bound to the series, with the webUrls
/// Graph gave the files, for the bot to post (graph-sync may run in a process of its own, where no bot is).
/// </summary>
public sealed class ArchiveLinksQueueTests
{
    private static readonly string[] LinksJobs = [ArchiveLinksPayload.Kind];

    [Theory]
    [InlineData("4194304")]
    [InlineData("1")] // every file through an upload session: the webUrl comes from the last chunk's answer
    public async Task Each_bound_conversation_gets_one_links_message_with_every_files_webUrl(string simpleUploadLimit)
    {
        await using var harness = await GraphSyncHarness.StartAsync(new Dictionary<string, string?> { ["GraphSync:SimpleUploadLimit"] = simpleUploadLimit });
        var series = await ForumScenario.CloseForumOneAsync(harness.Store);
        await BindAsync(harness, series.Id, "19:group-chat", "19:channel@thread.tacv2");

        await harness.DrainAsync();

        var queued = await LeaseLinksAsync(harness);
        Assert.Equal(["19:channel@thread.tacv2", "19:group-chat"], queued.Select(l => l.ConversationId).Order(StringComparer.Ordinal));
        var archive = await harness.Services.GetRequiredService<ForumArchiveBuilder>().BuildAsync(series, series.FindForum(1)!, CancellationToken.None);
        Assert.All(queued, links =>
        {
            Assert.Equal((series.Id, 1, series.FindForum(1)!.Title), (links.SeriesId, links.ForumNumber, links.ForumTitle));
            Assert.Equal(
                archive.Files.Select(f => (f.Name, FakeGraphService.WebUrl(GraphSyncHarness.DriveId, $"{archive.Folder}/{f.Name}"))),
                links.Files.Select(f => (f.Name, f.WebUrl)));
        });
    }

    [Fact]
    public async Task An_archive_job_run_again_after_a_crash_queues_no_second_links_message()
    {
        await using var harness = await GraphSyncHarness.StartAsync();
        var series = await ForumScenario.CloseForumOneAsync(harness.Store);
        await BindAsync(harness, series.Id, "19:group-chat");
        var job = Assert.Single(await harness.Outbox.LeaseAsync("crashing", [ArchiveForumPayload.Kind], 1, TimeSpan.FromMinutes(1), CancellationToken.None));
        var archiveJob = harness.Services.GetServices<IOutboxJob>().Single(j => j.Kind == ArchiveForumPayload.Kind);

        // The first run gets as far as queueing the links, then the process dies before the job is marked done.
        await archiveJob.RunAsync(job, CancellationToken.None);
        await harness.Outbox.FailAsync(job.Id, "killed", DateTimeOffset.UtcNow, poison: false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Single(await LeaseLinksAsync(harness));
        Assert.True((await harness.Outbox.GetAsync(job.Id, CancellationToken.None))!.DoneAt is not null);
    }

    [Fact]
    public async Task A_series_bound_to_no_conversation_queues_nothing()
    {
        await using var harness = await GraphSyncHarness.StartAsync();
        await ForumScenario.CloseForumOneAsync(harness.Store);

        await harness.DrainAsync();

        Assert.Empty(await LeaseLinksAsync(harness));
        Assert.Empty(await harness.Outbox.ListStuckAsync(CancellationToken.None));
    }

    private static async Task BindAsync(GraphSyncHarness harness, Guid seriesId, params string[] conversationIds)
    {
        foreach (var id in conversationIds)
        {
            await harness.Conversations.BindSeriesAsync(id, seriesId, $$$"""{"conversation":{"id":"{{{id}}}"}}""", CancellationToken.None);
        }
    }

    private static async Task<IReadOnlyList<ArchiveLinksPayload>> LeaseLinksAsync(GraphSyncHarness harness) =>
        [.. (await harness.Outbox.LeaseAsync("bot", LinksJobs, 100, TimeSpan.FromMinutes(1), CancellationToken.None))
            .Select(e => ArchiveLinksPayload.Parse(e.Payload))];
}
