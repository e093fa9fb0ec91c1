namespace Collaboration.Forums.Tests.Series;

public sealed class ForumSeriesTests
{
    private static ForumSeries Salzlandkreis() =>
        SeriesTemplates.Instantiate(SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!).Value!, "creator", Build.Now, Guid.NewGuid);

    private static ItemDraft Draft(string key) => new(key, new LocalizedText("Noch eine Frage?"), new RatingScaleSpec(1, 5, null, null));

    [Fact]
    public void Starting_a_forum_opens_its_items_and_closes_the_previously_open_forum()
    {
        var series = Salzlandkreis();
        series.StartForum(1);

        var transition = series.StartForum(2);

        Assert.True(transition.Succeeded);
        Assert.Equal(ForumStatus.Closed, series.FindForum(1)!.Status);
        Assert.All(series.FindForum(1)!.Items, i => Assert.Equal(ItemStatus.Closed, i.Status));
        Assert.All(series.FindForum(2)!.Items, i => Assert.Equal(ItemStatus.Open, i.Status));
        Assert.Equal([1], transition.Value!.Closed.Select(f => f.Number));
    }

    [Fact]
    public void Starting_an_open_forum_again_is_refused()
    {
        var series = Salzlandkreis();
        series.StartForum(1);
        Assert.Equal(RejectionCode.ForumAlreadyOpen, series.StartForum(1).Rejection?.Code);
    }

    [Fact]
    public void Add_item_refuses_a_duplicate_key()
    {
        var series = Salzlandkreis();
        Assert.Equal(RejectionCode.DuplicateItemKey, series.AddItem(1, Draft("bedeutung"), Guid.NewGuid()).Rejection?.Code);
    }

    [Fact]
    public void Add_item_refuses_a_closed_forum()
    {
        var series = Salzlandkreis();
        series.StartForum(1);
        series.CloseForum(1);
        Assert.Equal(RejectionCode.ForumAlreadyClosed, series.AddItem(1, Draft("neu"), Guid.NewGuid()).Rejection?.Code);
    }

    [Fact]
    public void Added_item_opens_at_once_in_an_open_forum()
    {
        var series = Salzlandkreis();
        series.StartForum(1);
        var added = series.AddItem(1, Draft("neu"), Guid.NewGuid());
        Assert.Equal(ItemStatus.Open, added.Value!.Status);
    }

    [Fact]
    public void Add_item_refuses_an_invalid_definition()
    {
        var series = Salzlandkreis();
        var bad = new ItemDraft("neu", new LocalizedText("?"), new SingleChoiceSpec([]));
        Assert.Equal(RejectionCode.ItemDefinitionInvalid, series.AddItem(1, bad, Guid.NewGuid()).Rejection?.Code);
    }

    [Fact]
    public void An_item_key_used_in_several_forums_means_the_open_one_then_the_newest_held_then_a_draft()
    {
        var series = Salzlandkreis();
        var inForum1 = series.AddItem(1, Draft("stimmung"), Guid.NewGuid()).Value!;
        var inForum2 = series.AddItem(2, Draft("stimmung"), Guid.NewGuid()).Value!;
        var inForum3 = series.AddItem(3, Draft("stimmung"), Guid.NewGuid()).Value!;

        series.StartForum(1);
        Assert.Same(inForum1, series.FindItemByKey("stimmung"));

        series.CloseForum(1);
        Assert.Same(inForum1, series.FindItemByKey("stimmung"));

        series.StartForum(2);
        Assert.Same(inForum2, series.FindItemByKey("stimmung"));

        series.CloseForum(2);
        Assert.Same(inForum2, series.FindItemByKey("stimmung"));
        Assert.NotSame(inForum3, series.FindItemByKey("stimmung"));
        Assert.Null(series.FindItemByKey("gibt-es-nicht"));
    }
}
