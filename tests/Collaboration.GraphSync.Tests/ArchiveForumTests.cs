using System.Text.Json;

namespace Collaboration.GraphSync.Tests;

/// <summary>Closing a forum ends with its files in the drive and its needs in the list, through the real Graph client.</summary>
public sealed class ArchiveForumTests : IAsyncLifetime
{
    private GraphSyncHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GraphSyncHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Closing_a_forum_archives_every_file_byte_identical_and_every_need_once()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);

        await _harness.DrainAsync();

        var expected = await _harness.ExpectedArchiveAsync(series);
        AssertArchived(expected);
        Assert.Empty(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
        var csv = Encoding.UTF8.GetString(expected.Files.Single(f => f.Name == "needs.csv").Content);
        Assert.StartsWith("\uFEFFneed_id;item;rank;kind;topic;text;supporters;author;created_at;merged_from\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"Bedarf 0.0: Glasfaser; \"\"schnell\"\"\nund überall\"", csv, StringComparison.Ordinal);
        using var results = JsonDocument.Parse(expected.Files.Single(f => f.Name == "results.json").Content);
        Assert.Equal(2, results.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(series.FindForum(1)!.Items.Count, results.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Anonymous_items_carry_no_names_in_any_file_or_list_item()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);

        await _harness.DrainAsync();

        var forum = series.FindForum(1)!;
        var expected = await _harness.ExpectedArchiveAsync(series);
        var named = forum.Items.Where(i => !i.Anonymous).Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var responses = Encoding.UTF8.GetString(expected.Files.Single(f => f.Name == "responses.csv").Content).Split("\r\n");
        foreach (var line in responses.Where(l => ForumScenario.People.Any(p => l.Contains(p.Split(' ')[0], StringComparison.Ordinal))))
        {
            Assert.Contains(line.Split(';')[0], named);
        }

        Assert.All(forum.Items.Where(i => i.Anonymous), item => Assert.DoesNotContain(
            responses.Where(l => l.StartsWith(item.Key + ";", StringComparison.Ordinal)),
            l => ForumScenario.People.Any(p => l.Contains(p.Split(' ')[0], StringComparison.Ordinal))));
        Assert.All(_harness.Graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId), fields => Assert.False(fields.ContainsKey("NeedAuthor")));
        var needsCsv = Encoding.UTF8.GetString(expected.Files.Single(f => f.Name == "needs.csv").Content);
        Assert.DoesNotContain(ForumScenario.People, p => needsCsv.Contains(p.Split(' ')[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Items_below_the_threshold_have_no_figures_no_rows_and_no_needs_in_any_file_or_list_item()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store, people: 2);

        await _harness.DrainAsync();

        var expected = await _harness.ExpectedArchiveAsync(series);
        Assert.Empty(expected.Needs);
        foreach (var file in expected.Files)
        {
            Assert.Equal(file.Content, _harness.Graph.GetFile(GraphSyncHarness.DriveId, $"{expected.Folder}/{file.Name}"));
        }

        Assert.Equal(["item;question;respondent;group;answer;updated_at"], Lines(expected, "responses.csv"));
        Assert.Equal(["need_id;item;rank;kind;topic;text;supporters;author;created_at;merged_from"], Lines(expected, "needs.csv"));
        Assert.Empty(_harness.Graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId));
        using var results = JsonDocument.Parse(expected.Files.Single(f => f.Name == "results.json").Content);
        Assert.All(results.RootElement.GetProperty("items").EnumerateArray(), item =>
        {
            var figures = item.GetProperty("results");
            Assert.Equal(3, figures.GetProperty("withheldBelow").GetInt32());
            Assert.Equal(0, figures.GetProperty("respondents").GetInt32());
            Assert.Equal(0, figures.GetProperty("byGroup").GetArrayLength());
        });
    }

    private static string[] Lines(ForumArchive archive, string name) =>
        Encoding.UTF8.GetString(archive.Files.Single(f => f.Name == name).Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Anonymous_rows_in_the_csv_files_carry_no_group_and_only_a_date()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);

        var expected = await _harness.ExpectedArchiveAsync(series);

        var forum = series.FindForum(1)!;
        var anonymous = forum.Items.Where(i => i.Anonymous).Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var rows = Encoding.UTF8.GetString(expected.Files.Single(f => f.Name == "responses.csv").Content).Split("\r\n")
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')).ToList();
        // item;question;respondent;group;answer;updated_at (no field of these rows holds a ';' or a line break)
        var anonymousRows = rows.Where(r => anonymous.Contains(r[0])).ToList();
        Assert.NotEmpty(anonymousRows);
        Assert.All(anonymousRows, r => Assert.Equal((string.Empty, string.Empty), (r[2], r[3])));
        Assert.All(anonymousRows, r => Assert.Matches("^\\d{4}-\\d{2}-\\d{2}$", r[^1]));
        Assert.All(rows.Where(r => !anonymous.Contains(r[0])), r => Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", r[^1]));
        var needs = Encoding.UTF8.GetString(expected.Files.Single(f => f.Name == "needs.csv").Content).Split("\r\n").Skip(1).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(needs);
        // created_at, then merged_from, empty where no need was merged.
        Assert.All(needs, l => Assert.Matches(";\\d{4}-\\d{2}-\\d{2};$", l));
    }

    [Fact]
    public async Task Archiving_twice_leaves_the_same_end_state()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        await _harness.DrainAsync();
        var firstFiles = Snapshot();
        var firstItems = _harness.Graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId);

        await _harness.ArchiveAgainAsync(series);

        Assert.Equal(firstFiles, Snapshot());
        Assert.Equal(
            firstItems.Select(i => string.Join('|', i.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"))),
            _harness.Graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId).Select(i => string.Join('|', i.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"))));
        AssertArchived(await _harness.ExpectedArchiveAsync(series));
    }

    [Fact]
    public async Task Throttling_and_outages_are_retried_in_place_honouring_retry_after()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        _harness.Graph.Inject(GraphFault.Throttled(TimeSpan.FromSeconds(1)), 2, r => r.Method == "PUT" && r.Path.EndsWith(":/content", StringComparison.Ordinal));
        _harness.Graph.Inject(GraphFault.Unavailable(TimeSpan.FromSeconds(1)), 1, r => r.Method == "POST" && r.Path.EndsWith("/items", StringComparison.Ordinal));
        _harness.Graph.Inject(GraphFault.Throttled(TimeSpan.FromSeconds(1)), 1, r => r.Method == "GET" && r.Path.EndsWith("/items", StringComparison.Ordinal));

        var started = DateTimeOffset.UtcNow;
        await _harness.DrainAsync();

        AssertArchived(await _harness.ExpectedArchiveAsync(series));
        Assert.Equal(4, _harness.Graph.Requests.Count(r => r.Status is 429 or 503));
        // One attempt sufficed: the retry handler waited out Retry-After instead of failing the job.
        Assert.Empty(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(3), "Retry-After was not honoured.");
    }

    [Fact]
    public async Task A_lost_answer_to_a_batch_of_list_item_creates_is_retried_without_a_duplicate_item()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        _harness.Graph.Inject(GraphFault.ResetAfterReceiving(), 1, r => r.Method == "POST" && r.Path == "/v1.0/$batch");

        await _harness.DrainAsync();

        AssertArchived(await _harness.ExpectedArchiveAsync(series));
        Assert.Contains(_harness.Graph.Requests, r => r.Status == 0);
    }

    private Dictionary<string, string> Snapshot() => _harness.Graph.FilePaths(GraphSyncHarness.DriveId)
        .ToDictionary(p => p, p => Convert.ToBase64String(_harness.Graph.GetFile(GraphSyncHarness.DriveId, p)!), StringComparer.Ordinal);

    private void AssertArchived(ForumArchive expected)
    {
        Assert.Equal(
            expected.Files.Select(f => $"{expected.Folder}/{f.Name}").Order(StringComparer.Ordinal),
            _harness.Graph.FilePaths(GraphSyncHarness.DriveId));
        foreach (var file in expected.Files)
        {
            Assert.Equal(file.Content, _harness.Graph.GetFile(GraphSyncHarness.DriveId, $"{expected.Folder}/{file.Name}"));
        }

        _harness.AssertEveryNeedOnce(expected);
    }
}
