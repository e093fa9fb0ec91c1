using Collaboration.Forums.Text;

namespace Collaboration.Web.Tests.Live;

/// <summary>The feed's promises: once per change and language, newest state wins, nobody waits for a slow viewer.</summary>
public sealed class LiveFeedTests
{
    private static readonly Guid Item = Guid.NewGuid();
    private static readonly Guid OtherItem = Guid.NewGuid();

    [Fact]
    public async Task A_change_reaches_every_viewer_rendered_once_per_language()
    {
        var source = new CountingItemSource();
        using var live = new LiveFeedHarness(source);
        var germans = Enumerable.Range(0, 3).Select(_ => live.Feed.Subscribe([Item], Language.De)).ToList();
        var english = Enumerable.Range(0, 2).Select(_ => live.Feed.Subscribe([Item], Language.En)).ToList();
        source.SetVersion(Item, 1);

        live.Changes.Changed([Item]);

        foreach (var viewer in germans)
        {
            var update = await LiveFeedHarness.NextAsync(viewer);
            Assert.Equal(("De", 1), (update.GetProperty("language").GetString(), update.GetProperty("version").GetInt32()));
        }

        foreach (var viewer in english)
        {
            Assert.Equal("En", (await LiveFeedHarness.NextAsync(viewer)).GetProperty("language").GetString());
        }

        Assert.Equal(2, source.Renders);
        foreach (var viewer in germans.Concat(english))
        {
            viewer.Dispose();
        }
    }

    [Fact]
    public async Task Votes_during_a_render_become_one_more_render_with_the_newest_state()
    {
        var source = new CountingItemSource { Gated = true };
        using var live = new LiveFeedHarness(source);
        using var viewer = live.Feed.Subscribe([Item], Language.De);
        source.SetVersion(Item, 1);
        live.Changes.Changed([Item]);
        await source.StartedAsync();

        // Fifty more votes while the first render runs.
        for (var version = 2; version <= 51; version++)
        {
            source.SetVersion(Item, version);
            live.Changes.Changed([Item]);
        }

        source.Release();
        Assert.Equal(1, (await LiveFeedHarness.NextAsync(viewer)).GetProperty("version").GetInt32());
        await source.StartedAsync();
        source.Release();

        Assert.Equal(51, (await LiveFeedHarness.NextAsync(viewer)).GetProperty("version").GetInt32());
        Assert.Equal(2, source.Renders);
    }

    [Fact]
    public async Task A_viewer_that_does_not_read_gets_the_newest_state_not_a_queue_of_old_ones()
    {
        var source = new CountingItemSource { Gated = true };
        using var live = new LiveFeedHarness(source);
        using var slow = live.Feed.Subscribe([Item], Language.De);
        using var reader = live.Feed.Subscribe([Item], Language.De);
        for (var version = 1; version <= 3; version++)
        {
            source.SetVersion(Item, version);
            live.Changes.Changed([Item]);
            await source.StartedAsync();
            source.Release();
            Assert.Equal(version, (await LiveFeedHarness.NextAsync(reader)).GetProperty("version").GetInt32());
        }

        Assert.Equal(3, (await LiveFeedHarness.NextAsync(slow)).GetProperty("version").GetInt32());
        Assert.False(slow.Updates.TryRead(out _));
    }

    [Fact]
    public async Task An_update_of_one_item_never_pushes_out_another_items_unread_update()
    {
        var source = new CountingItemSource();
        using var live = new LiveFeedHarness(source);
        using var reader = live.Feed.Subscribe([OtherItem], Language.De);
        using var forumViewer = live.Feed.Subscribe([Item, OtherItem], Language.De);
        using var itemReader = live.Feed.Subscribe([Item], Language.De);
        live.Changes.Changed([Item]);
        await LiveFeedHarness.NextAsync(itemReader);
        live.Changes.Changed([OtherItem]);
        await LiveFeedHarness.NextAsync(reader);

        var first = await LiveFeedHarness.NextAsync(forumViewer);
        var second = await LiveFeedHarness.NextAsync(forumViewer);

        Assert.Equal([Item, OtherItem], new[] { first, second }.Select(u => u.GetProperty("itemId").GetGuid()));
    }

    [Fact]
    public async Task Changes_made_on_another_instance_reach_the_viewers_too()
    {
        var source = new CountingItemSource();
        using var live = new LiveFeedHarness(source);
        using var viewer = live.Feed.Subscribe([Item], Language.En);
        source.SetVersion(Item, 7);

        live.Changes.ChangedElsewhere(Item);

        Assert.Equal(7, (await LiveFeedHarness.NextAsync(viewer)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Items_nobody_watches_are_never_rendered()
    {
        var source = new CountingItemSource();
        using var live = new LiveFeedHarness(source);
        using var viewer = live.Feed.Subscribe([Item], Language.De);

        live.Changes.Changed([OtherItem, OtherItem, Item]);
        await LiveFeedHarness.NextAsync(viewer);

        Assert.Equal(1, source.Renders);
    }

    [Fact]
    public async Task A_closed_subscription_ends_its_updates_and_leaves_the_viewer_count()
    {
        var source = new CountingItemSource();
        using var live = new LiveFeedHarness(source);
        var leaving = live.Feed.Subscribe([Item], Language.De);
        using var staying = live.Feed.Subscribe([Item], Language.De);
        Assert.Equal(2, live.Feed.Viewers);

        leaving.Dispose();
        leaving.Dispose();
        live.Changes.Changed([Item]);
        await LiveFeedHarness.NextAsync(staying);

        Assert.Equal(1, live.Feed.Viewers);
        Assert.False(await leaving.Updates.WaitToReadAsync());
    }

    [Fact]
    public async Task A_failed_render_keeps_the_viewers_and_the_next_change_renders_again()
    {
        var source = new CountingItemSource { Gated = true, Failing = true };
        using var live = new LiveFeedHarness(source);
        using var viewer = live.Feed.Subscribe([Item], Language.De);
        live.Changes.Changed([Item]);
        await source.StartedAsync();
        source.Failing = false;
        source.SetVersion(Item, 2);
        live.Changes.Changed([Item]);
        // The first render fails now; the change that came meanwhile renders again.
        source.Failing = true;
        source.Release();
        await source.StartedAsync();
        source.Failing = false;
        source.Release();

        Assert.Equal(2, (await LiveFeedHarness.NextAsync(viewer)).GetProperty("version").GetInt32());
    }
}
