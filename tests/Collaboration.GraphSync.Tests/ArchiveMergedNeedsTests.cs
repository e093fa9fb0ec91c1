namespace Collaboration.GraphSync.Tests;

/// <summary>A moderator merged two needs before the archive: needs.csv and the list hold the merged need once, naming its sources.</summary>
public sealed class ArchiveMergedNeedsTests : IAsyncLifetime
{
    private GraphSyncHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GraphSyncHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Merged_need_is_one_row_of_needs_csv_and_one_list_item_and_its_row_names_its_sources()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);
        var item = series.FindForum(1)!.Items.Single(i => i.Spec is NeedsCollectionSpec);
        var needs = await _harness.Store.GetNeedsAsync(item.Id, CancellationToken.None);
        var (kept, gone) = (needs[0], needs[1]);
        var moderation = new ModerationOptions();
        moderation.ModeratorIds.Add(ForumScenario.Moderator.Id);
        var merged = await new NeedsMerging(_harness.Store, moderation).MergeNeedsAsync(kept.Id, [gone.Id], "Zusammengeführt", ForumScenario.Moderator,
            CancellationToken.None);
        Assert.True(merged.Succeeded, merged.Rejection?.ToString());

        await _harness.DrainAsync();

        var expected = await _harness.ExpectedArchiveAsync(series);
        var row = Assert.Single(expected.Needs, n => n.NeedId == kept.Id);
        Assert.Equal(("Zusammengeführt", $"{kept.Kind}: {kept.Text} | {gone.Kind}: {gone.Text}"), (row.Text, row.MergedFrom));
        Assert.DoesNotContain(expected.Needs, n => n.NeedId == gone.Id);
        Assert.Equal(needs.Count - 1, expected.Needs.Count);
        var csv = Encoding.UTF8.GetString(expected.Files.Single(f => f.Name == "needs.csv").Content);
        Assert.DoesNotContain(gone.Id.ToString(), csv, StringComparison.Ordinal);
        _harness.AssertEveryNeedOnce(expected);
    }
}
