namespace Collaboration.Reports.Fragments;

/// <summary>
/// What the Office add-in inserts: a small deck with one slide per selected item (the executive deck's own item slide,
/// tagged with its source) for PowerPoint's <c>insertSlidesFromBase64</c>, and a Word document with one tagged block
/// content control per item for Word's <c>insertFileFromBase64</c>. Both are drawn from the same <see cref="SeriesReport"/>
/// as the deck and the report, so they pass the same disclosure control and show the same numbers.
/// </summary>
public static class FragmentBuilder
{
    public static FragmentResult BuildSlides(SeriesReport report, FragmentSelection selection, Language language, ReportTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(selection);
        var text = new ReportText(language);
        var selected = SelectedItems.Resolve(report, selection, text);
        if (selected.Problem is { } problem)
        {
            return FragmentResult.Fail(problem);
        }

        var bytes = DeckPackage.Build(report, text, theme ?? ReportTheme.Default, deck =>
        {
            foreach (var (forum, item, source) in selected.Items)
            {
                deck.Slide(c => ItemSlide.Draw(c, forum, item, text)).Tags(source.SlideTags());
            }
        });
        return new FragmentResult(bytes, [.. selected.Items.Select(i => i.Source)], null);
    }

    public static FragmentResult BuildSection(SeriesReport report, FragmentSelection selection, Language language, ReportTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(selection);
        var text = new ReportText(language);
        var selected = SelectedItems.Resolve(report, selection, text);
        if (selected.Problem is { } problem)
        {
            return FragmentResult.Fail(problem);
        }

        var bytes = SectionFragment.Write(report, selected, text, theme ?? ReportTheme.Default);
        return new FragmentResult(bytes, [.. selected.Items.Select(i => i.Source)], null);
    }

    /// <summary>
    /// Whether an inserted slide or section (its source read back from the document) still shows the current numbers.
    /// The add-in asks this for every tagged slide or control it finds, without building anything.
    /// </summary>
    public static FragmentState Check(SeriesReport report, FragmentSource placed)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(placed);
        if (placed.SeriesId != report.SeriesId)
        {
            return FragmentState.OtherSeries;
        }

        var item = report.Forums.SelectMany(f => f.Items).FirstOrDefault(i => i.Results.ItemId == placed.ItemId);
        return item is null ? FragmentState.Gone
            : SelectedItems.Source(report, item).Hash == placed.Hash ? FragmentState.Current
            : FragmentState.Outdated;
    }
}
