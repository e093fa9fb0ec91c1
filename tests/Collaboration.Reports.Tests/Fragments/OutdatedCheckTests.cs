namespace Collaboration.Reports.Tests.Fragments;

public sealed class OutdatedCheckTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Fact]
    public void Only_the_item_whose_numbers_changed_is_outdated_a_later_as_of_alone_is_not()
    {
        var placed = FragmentBuilder.BuildSlides(series.Report, FragmentSelection.OfForum(1), Language.De).Sources;
        var (later, changed) = ChangedNumbers.OneMoreAnswer(series.Report, 1);

        var states = placed.ToDictionary(s => s.ItemId, s => FragmentBuilder.Check(later, s));

        Assert.Equal(FragmentState.Outdated, states[changed.Results.ItemId]);
        Assert.All(states.Where(s => s.Key != changed.Results.ItemId), s => Assert.Equal(FragmentState.Current, s.Value));
        Assert.All(placed, s => Assert.Equal(FragmentState.Current, FragmentBuilder.Check(series.Report, s)));
    }

    [Fact]
    public void A_source_of_another_series_or_of_an_item_no_longer_there_is_told_apart()
    {
        var source = FragmentBuilder.BuildSlides(series.Report, FragmentSelection.OfForum(1), Language.De).Sources[0];

        Assert.Equal(FragmentState.OtherSeries, FragmentBuilder.Check(series.Report, source with { SeriesId = Guid.NewGuid() }));
        Assert.Equal(FragmentState.Gone, FragmentBuilder.Check(series.Report, source with { ItemId = Guid.NewGuid() }));
    }

    [Fact]
    public void Sources_read_back_from_tags_equal_the_written_ones_and_foreign_tags_are_not_ours()
    {
        var source = FragmentBuilder.BuildSlides(series.Report, FragmentSelection.OfForum(1), Language.De).Sources[0];

        Assert.Equal(source, FragmentSource.FromSlideTags(source.SlideTags()));
        Assert.Equal(source, FragmentSource.FromSlideTags(source.SlideTags().Select(t => new KeyValuePair<string, string>(t.Key.ToLowerInvariant(), t.Value))));
        Assert.Equal(source, FragmentSource.FromContentControlTag(source.ContentControlTag()));
        Assert.Null(FragmentSource.FromContentControlTag("Kapitel 3"));
        Assert.Null(FragmentSource.FromContentControlTag(source.ContentControlTag()[..^1]));
        Assert.Null(FragmentSource.FromContentControlTag(null));
        Assert.Null(FragmentSource.FromSlideTags(source.SlideTags().Take(3)));
    }
}
