using System.Net;
using System.Text.Json;

namespace Collaboration.GraphSync.Tests;

/// <summary>
/// The needs list at scale: columns provisioned with their types and indexes, the forum's items read in one paged
/// query, writes in JSON batches whose throttled requests are sent again, and every need exactly once.
/// </summary>
public sealed class NeedsListTests : IAsyncLifetime
{
    private const string Batch = "/v1.0/$batch";
    private static readonly string[] NumberColumns = ["ForumNumber", "Rank", "Supporters"];
    private static readonly string[] PlainTextColumns = ["SeriesId", "ItemKey", "Kind", "Topic", "NeedAuthor"];
    private GraphSyncHarness _harness = null!;

    private FakeGraphService Graph => _harness.Graph;

    // Batches of 5 give the scenario's 12 needs three batches.
    public async Task InitializeAsync() => _harness = await GraphSyncHarness.StartAsync(new Dictionary<string, string?> { ["GraphSync:ListBatchSize"] = "5" });

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task The_columns_are_provisioned_once_with_their_types_and_the_key_columns_indexed()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);

        await _harness.DrainAsync();
        await _harness.ArchiveAgainAsync(series);

        var columns = Graph.ListColumns(GraphSyncHarness.SiteId, GraphSyncHarness.ListId).ToDictionary(c => c.Name, StringComparer.Ordinal);
        Assert.Equal(("text", true), (columns["NeedId"].Type, columns["NeedId"].Indexed));
        Assert.Equal(("text", true), (columns["ForumKey"].Type, columns["ForumKey"].Indexed));
        Assert.Equal("note", columns["NeedText"].Type);
        Assert.All(NumberColumns, c => Assert.Equal("number", columns[c].Type));
        Assert.Equal("dateTime", columns["CreatedAt"].Type);
        Assert.All(PlainTextColumns, c => Assert.Equal(("text", false), (columns[c].Type, columns[c].Indexed)));
        // One look at the columns per run; the second run found them all and created none.
        var columnRequests = Graph.Requests.Where(r => r.Path.EndsWith("/columns", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, columnRequests.Count(r => r.Method == "GET"));
        Assert.Equal(12, columnRequests.Count(r => r.Method == "POST"));
        _harness.AssertEveryNeedOnce(await _harness.ExpectedArchiveAsync(series));
    }

    [Fact]
    public async Task A_list_made_by_hand_with_unindexed_key_columns_gets_their_indexes_and_no_filter_is_refused()
    {
        Graph.DefineListColumn(GraphSyncHarness.SiteId, GraphSyncHarness.ListId, "NeedId", "text", indexed: false);
        Graph.DefineListColumn(GraphSyncHarness.SiteId, GraphSyncHarness.ListId, "ForumKey", "text", indexed: false);
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);

        await _harness.DrainAsync();

        var columns = Graph.ListColumns(GraphSyncHarness.SiteId, GraphSyncHarness.ListId);
        Assert.True(columns.Single(c => c.Name == "NeedId").Indexed);
        Assert.True(columns.Single(c => c.Name == "ForumKey").Indexed);
        Assert.Equal(2, Graph.Requests.Count(r => r.Method == "PATCH" && r.Path.Contains("/columns/", StringComparison.Ordinal)));
        Assert.DoesNotContain(Graph.Requests, r => r.Status == 400);
        _harness.AssertEveryNeedOnce(await _harness.ExpectedArchiveAsync(series));
    }

    [Fact]
    public async Task The_fake_refuses_a_filter_on_a_column_without_index_unless_told_to_honour_it_as_SharePoint_does()
    {
        Graph.DefineListColumn(GraphSyncHarness.SiteId, GraphSyncHarness.ListId, "Topic", "text", indexed: false);
        using var http = new HttpClient();
        var url = $"{Graph.BaseUrl}/sites/{GraphSyncHarness.SiteId}/lists/{GraphSyncHarness.ListId}/items?$filter=fields/Topic eq 'mobilitaet'";
        using var plain = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Authorization", "Bearer " + FakeTokenCredential.Token } } };
        using var honoured = new HttpRequestMessage(HttpMethod.Get, url)
        {
            Headers = { { "Authorization", "Bearer " + FakeTokenCredential.Token }, { "Prefer", "HonorNonIndexedQueriesWarningMayFailRandomly" } },
        };

        using var refused = await http.SendAsync(plain);
        using var answered = await http.SendAsync(honoured);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("invalidRequest", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.StartsWith("Field 'Topic' cannot be referenced in filter or orderby as it is not indexed.", error.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public async Task Every_need_is_written_once_in_batches_and_never_by_a_request_of_its_own()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);

        await _harness.DrainAsync();

        var expected = await _harness.ExpectedArchiveAsync(series);
        _harness.AssertEveryNeedOnce(expected);
        Assert.Equal(12, expected.Needs.Count);
        Assert.Equal(3, Graph.Requests.Count(r => r.Path == Batch));
        Assert.Equal(12, Graph.Requests.Count(r => r.InBatch && r.Method == "POST" && r.Status == 201));
        Assert.DoesNotContain(Graph.Requests, r => !r.InBatch && r.Path.Contains("/items", StringComparison.Ordinal) && r.Method != "GET");
        // The forum's items were read once, with one filtered query, not one query per need.
        Assert.Single(Graph.Requests, r => r.Method == "GET" && r.Path.EndsWith("/items", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_re_archive_rewrites_only_what_changed_in_SharePoint_and_adds_nothing()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        await _harness.DrainAsync();
        var (id, fields) = Graph.ListItemsWithIds(GraphSyncHarness.SiteId, GraphSyncHarness.ListId)[3];
        var supporters = fields["Supporters"].GetInt32();
        Graph.SetListItemField(GraphSyncHarness.SiteId, GraphSyncHarness.ListId, id, "Supporters", supporters + 40);
        var before = Graph.Requests.Count;

        await _harness.ArchiveAgainAsync(series);

        var second = Graph.Requests.Skip(before).ToList();
        var write = Assert.Single(second, r => r.InBatch);
        Assert.Equal(("PATCH", $"/v1.0/sites/{GraphSyncHarness.SiteId}/lists/{GraphSyncHarness.ListId}/items/{id}/fields"), (write.Method, write.Path));
        Assert.Equal(supporters, Graph.ListItemsWithIds(GraphSyncHarness.SiteId, GraphSyncHarness.ListId).Single(i => i.Id == id).Fields["Supporters"].GetInt32());
        _harness.AssertEveryNeedOnce(await _harness.ExpectedArchiveAsync(series));
    }

    [Fact]
    public async Task Requests_throttled_or_refused_as_busy_inside_a_batch_are_sent_again_alone_after_retry_after()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        Graph.Inject(GraphFault.Throttled(TimeSpan.FromSeconds(1)), 2, r => r.InBatch && r.Method == "POST");
        Graph.Inject(GraphFault.Unavailable(TimeSpan.FromSeconds(1)), 1, r => r.InBatch && r.Method == "POST");

        var started = DateTimeOffset.UtcNow;
        await _harness.DrainAsync();

        _harness.AssertEveryNeedOnce(await _harness.ExpectedArchiveAsync(series));
        Assert.Equal(2, Graph.Requests.Count(r => r.InBatch && r.Status == 429));
        Assert.Equal(1, Graph.Requests.Count(r => r.InBatch && r.Status == 503));
        // Three batches, and one more holding just the three requests that were turned away; the others were not repeated.
        Assert.Equal(4, Graph.Requests.Count(r => r.Path == Batch));
        Assert.Equal(12 + 3, Graph.Requests.Count(r => r.InBatch && r.Method == "POST"));
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(1), "Retry-After was not honoured.");
        Assert.Empty(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_batch_answered_504_after_it_was_done_is_not_sent_again_and_the_retried_job_duplicates_nothing()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        Graph.Inject(GraphFault.GatewayTimeoutAfterProcessing(), 1, r => r.Path == Batch);

        await _harness.DrainAsync();

        _harness.AssertEveryNeedOnce(await _harness.ExpectedArchiveAsync(series));
        Assert.Single(Graph.Requests, r => r.Status == 504);
        Assert.Empty(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Duplicates_left_by_an_earlier_writer_are_removed_keeping_the_oldest_item()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        var expected = await _harness.ExpectedArchiveAsync(series);
        var need = expected.Needs[0];
        var stale = new Dictionary<string, object> { ["NeedId"] = need.NeedId.ToString(), ["ForumKey"] = $"{series.Id}/1", ["Title"] = "alt" };
        var oldest = Graph.AddListItem(GraphSyncHarness.SiteId, GraphSyncHarness.ListId, stale);
        Graph.AddListItem(GraphSyncHarness.SiteId, GraphSyncHarness.ListId, stale);

        await _harness.DrainAsync();

        _harness.AssertEveryNeedOnce(expected);
        var kept = Graph.ListItemsWithIds(GraphSyncHarness.SiteId, GraphSyncHarness.ListId).Single(i => i.Fields["NeedId"].GetString() == need.NeedId.ToString());
        Assert.Equal(oldest, kept.Id);
        Assert.Equal(need.Text, kept.Fields["NeedText"].GetString());
    }

    [Fact]
    public async Task The_forum_s_items_are_read_across_pages_so_a_re_archive_finds_them_all()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        await _harness.DrainAsync();
        Graph.ListPageLimit = 5;
        var before = Graph.Requests.Count;

        await _harness.ArchiveAgainAsync(series);

        var reads = Graph.Requests.Skip(before).Where(r => r.Method == "GET" && r.Path.EndsWith("/items", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, reads.Count);
        Assert.Equal(2, reads.Count(r => r.Query.Contains("skiptoken", StringComparison.Ordinal)));
        Assert.DoesNotContain(Graph.Requests.Skip(before), r => r.InBatch);
        _harness.AssertEveryNeedOnce(await _harness.ExpectedArchiveAsync(series));
    }

}
