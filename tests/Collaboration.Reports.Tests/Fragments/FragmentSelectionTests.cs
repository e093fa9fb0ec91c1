namespace Collaboration.Reports.Tests.Fragments;

public sealed class FragmentSelectionTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Theory]
    [InlineData(Language.De, 9, null, "Forum 9 gibt es in dieser Reihe nicht.")]
    [InlineData(Language.En, 9, null, "This series has no forum 9.")]
    [InlineData(Language.De, 1, "gibt-es-nicht", "Die Frage „gibt-es-nicht“ gibt es in Forum 1 nicht.")]
    [InlineData(Language.En, 1, "gibt-es-nicht", "Forum 1 has no question \"gibt-es-nicht\".")]
    public void A_selection_that_does_not_fit_the_series_gets_a_message_in_the_language_and_no_document(Language language, int forum, string? key, string message)
    {
        var selection = key is null ? FragmentSelection.OfForum(forum) : FragmentSelection.OfItems(forum, key);

        var slides = FragmentBuilder.BuildSlides(series.Report, selection, language);
        var section = FragmentBuilder.BuildSection(series.Report, selection, language);

        Assert.Equal(message, slides.Problem);
        Assert.Equal(message, section.Problem);
        Assert.Null(slides.Document);
        Assert.Null(section.Document);
    }

    [Fact]
    public async Task A_forum_without_items_says_the_selection_is_empty()
    {
        var report = await EmptySeries.BuildAsync();

        var result = FragmentBuilder.BuildSlides(report, FragmentSelection.OfForum(4), Language.En);

        Assert.Equal("The selection contains no questions.", result.Problem);
    }

    [Fact]
    public void The_whole_series_and_a_choice_of_items_keep_the_series_order()
    {
        var forum = series.Report.Forums[2];
        var keys = forum.Items.Select(i => i.Key).Reverse().Take(2).ToArray();

        var whole = FragmentBuilder.BuildSlides(series.Report, FragmentSelection.WholeSeries, Language.De);
        var some = FragmentBuilder.BuildSlides(series.Report, FragmentSelection.OfItems(forum.Number, keys), Language.De);

        Assert.Equal(series.Report.Forums.SelectMany(f => f.Items).Select(i => i.Results.ItemId), whole.Sources.Select(s => s.ItemId));
        Assert.Equal(forum.Items.Where(i => keys.Contains(i.Key)).Select(i => i.Results.ItemId), some.Sources.Select(s => s.ItemId));
    }

    [Fact]
    public void Items_chosen_by_id_come_from_any_forum_and_an_unknown_id_gets_a_message()
    {
        var ids = new[] { series.Report.Forums[2].Items[0].Results.ItemId, series.Report.Forums[0].Items[1].Results.ItemId };

        var found = FragmentBuilder.BuildSection(series.Report, FragmentSelection.OfItemIds(ids), Language.De);
        var gone = FragmentBuilder.BuildSlides(series.Report, FragmentSelection.OfItemIds([ids[0], Guid.NewGuid()]), Language.En);

        Assert.Equal(ids.Reverse(), found.Sources.Select(s => s.ItemId));
        Assert.Equal("One of the questions is no longer part of this series.", gone.Problem);
        Assert.Null(gone.Document);
    }
}
