using Collaboration.Fakes.Processes;

namespace Collaboration.GraphSync.Tests;

/// <summary>
/// graph-sync as a process of its own, configured as an operator would (environment variables, a managed identity):
/// it archives a forum that another process closed in the shared database and queues the links for the bot.
/// </summary>
public sealed class GraphSyncProcessTests
{
    [Fact]
    public async Task The_graph_sync_host_archives_a_forum_closed_elsewhere_with_a_managed_identity_token()
    {
        await using var harness = await GraphSyncHarness.StartAsync();
        await using var identity = await FakeManagedIdentityEndpoint.StartAsync();
        var series = await ForumScenario.CloseForumOneAsync(harness.Store);
        await harness.Conversations.BindSeriesAsync("19:group-chat", series.Id, """{"conversation":{"id":"19:group-chat"}}""", CancellationToken.None);
        var settings = GraphSyncProcess.Settings(harness.Graph, identity, $"Data Source={harness.DatabasePath}");
        var log = Path.Combine(Path.GetDirectoryName(harness.DatabasePath)!, "graph-sync.log");

        await using var process = await GraphSyncProcess.StartAsync(settings, log);
        var open = await WaitForAsync(harness, entries => entries.All(e => e.Kind != ArchiveForumPayload.Kind), process);

        var links = ArchiveLinksPayload.Parse(Assert.Single(open, e => e.Kind == ArchiveLinksPayload.Kind).Payload);
        Assert.Equal("19:group-chat", links.ConversationId);
        var expected = await harness.Services.GetRequiredService<ForumArchiveBuilder>().BuildAsync(series, series.FindForum(1)!, CancellationToken.None);
        foreach (var file in expected.Files)
        {
            Assert.Equal(file.Content, harness.Graph.GetFile(GraphSyncHarness.DriveId, $"{expected.Folder}/{file.Name}"));
        }

        Assert.Equal(expected.Needs.Count, harness.Graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId).Count);
        // Azure.Identity asked the managed identity endpoint for Graph, and nothing reached Graph unauthenticated.
        Assert.Contains("https://graph.microsoft.com", identity.Resources);
        Assert.DoesNotContain(harness.Graph.Requests, r => r.Status == 401);
        Assert.Empty(await harness.Outbox.ListStuckAsync(CancellationToken.None));
    }

    private static async Task<IReadOnlyList<OutboxEntry>> WaitForAsync(
        GraphSyncHarness harness, Func<IReadOnlyList<OutboxEntry>, bool> done, GraphSyncProcess process)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            var open = await harness.Outbox.ListOpenAsync(CancellationToken.None);
            if (done(open))
            {
                return open;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"graph-sync did not archive the forum in time. Its log:\n{process.Tail()}");
    }
}
