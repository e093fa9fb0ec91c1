using Collaboration.Forums.Privacy;
using Microsoft.Data.Sqlite;

namespace Collaboration.GraphSync.Tests;

/// <summary>An erasure follows the person into SharePoint: no archive file, list item or outbox payload keeps them.</summary>
public sealed class ErasureArchiveTests : IAsyncLifetime
{
    private GraphSyncHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GraphSyncHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task After_erasure_no_archived_file_list_item_or_outbox_payload_holds_the_persons_id_or_name()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store, publishNames: true);
        await _harness.DrainAsync();
        var person = new UserRef("user-0", ForumScenario.People[0]);
        Assert.Contains(Files(), f => f.Contains(person.Name, StringComparison.Ordinal));
        var itemsBefore = _harness.Graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId).Count;

        var erased = await Privacy().EraseAsync(person, person.Id, CancellationToken.None);
        await _harness.DrainAsync();

        Assert.True(erased.Succeeded);
        Assert.Equal(1, erased.Value.ForumsToReArchive);
        Assert.DoesNotContain(Files(), f => f.Contains(person.Name, StringComparison.Ordinal) || f.Contains("Bedarf 0.", StringComparison.Ordinal));
        var items = _harness.Graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId);
        Assert.Equal(itemsBefore - erased.Value.NeedsRemoved, items.Count);
        Assert.DoesNotContain(items, i => i.Values.Any(v => v.ToString().Contains("Bedarf 0.", StringComparison.Ordinal)));
        AssertArchivedAsStored(await _harness.ExpectedArchiveAsync(series));
        Assert.Empty(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
        Assert.DoesNotContain(await _harness.Outbox.ListOpenAsync(CancellationToken.None), o => o.Kind == ErasePersonArchivePayload.Kind);
        var payloads = await OutboxPayloadsAsync();
        Assert.Contains(payloads, p => p.Contains("needIds", StringComparison.Ordinal));
        Assert.DoesNotContain(payloads, p => p.Contains(person.Id, StringComparison.Ordinal) || p.Contains(person.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Erasure_job_runs_again_to_the_same_end_state()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        await _harness.DrainAsync();
        var person = new UserRef("user-1", ForumScenario.People[1]);
        await Privacy().EraseAsync(person, person.Id, CancellationToken.None);
        await _harness.DrainAsync();
        var files = Files();
        var items = _harness.Graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId).Count;

        var payload = new ErasePersonArchivePayload([Guid.NewGuid()], [new ArchiveForumPayload(series.Id, 1)]);
        await _harness.Outbox.EnqueueAsync(OutboxMessage.ErasePersonArchive(Guid.NewGuid(), payload, DateTimeOffset.UtcNow), CancellationToken.None);
        await _harness.DrainAsync();

        Assert.Equal(files, Files());
        Assert.Equal(items, _harness.Graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId).Count);
    }

    [Fact]
    public async Task A_series_that_does_not_publish_names_archives_no_name_in_any_file_or_list_item()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);

        await _harness.DrainAsync();

        Assert.False(series.Minimisation.PublishNames);
        // The text files; report and deck are zipped and carry no names in any case.
        var texts = Files().Where(f => f.Split('\n')[0].EndsWith(".csv", StringComparison.Ordinal) || f.Split('\n')[0].EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, texts.Count);
        Assert.DoesNotContain(texts, f => ForumScenario.People.Any(p => f.Contains(p.Split(' ')[^1], StringComparison.Ordinal)));
        Assert.All(_harness.Graph.ListItems(GraphSyncHarness.SiteId, GraphSyncHarness.ListId), fields => Assert.False(fields.ContainsKey("NeedAuthor")));
    }

    private PrivacyService Privacy() => new(
        _harness.Services.GetRequiredService<IPersonalDataStore>(), _harness.Store, new RespondentKeys(new byte[32]), new PrivacyOptions(), TimeProvider.System,
        new Version7Ids(TimeProvider.System));

    private List<string> Files() =>
        [.. _harness.Graph.FilePaths(GraphSyncHarness.DriveId).Order(StringComparer.Ordinal)
            .Select(path => path + "\n" + Encoding.UTF8.GetString(_harness.Graph.GetFile(GraphSyncHarness.DriveId, path)!))];

    private void AssertArchivedAsStored(Archive.ForumArchive expected)
    {
        foreach (var file in expected.Files.Where(f => f.Name.EndsWith(".csv", StringComparison.Ordinal) || f.Name.EndsWith(".json", StringComparison.Ordinal)))
        {
            var path = _harness.Graph.FilePaths(GraphSyncHarness.DriveId).Single(p => p.EndsWith("/" + file.Name, StringComparison.Ordinal));
            Assert.Equal(file.Content, _harness.Graph.GetFile(GraphSyncHarness.DriveId, path));
        }

        _harness.AssertEveryNeedOnce(expected);
    }

    /// <summary>Every payload in the outbox table, done or not.</summary>
    private async Task<List<string>> OutboxPayloadsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_harness.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM outbox";
        await using var reader = await command.ExecuteReaderAsync();
        var payloads = new List<string>();
        while (await reader.ReadAsync())
        {
            payloads.Add(reader.GetString(0));
        }

        return payloads;
    }
}
