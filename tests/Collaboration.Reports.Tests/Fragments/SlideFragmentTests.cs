using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Collaboration.Reports.Tests.Fragments;

public sealed class SlideFragmentTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Theory]
    [InlineData(Language.De)]
    [InlineData(Language.En)]
    public void A_forum_gives_one_valid_tagged_slide_per_item_with_notes_and_native_charts(Language language)
    {
        var forum = series.Report.Forums[1];

        var result = FragmentBuilder.BuildSlides(series.Report, FragmentSelection.OfForum(forum.Number), language);

        Assert.Null(result.Problem);
        using var document = PresentationDocument.Open(new MemoryStream(result.Document!), false);
        OfficeValidation.AssertValid(document);
        var slides = SlideMerge.Slides(document).ToList();
        Assert.Equal(forum.Items.Count, slides.Count);
        Assert.Equal(forum.Items.Select(i => i.Results.ItemId), slides.Select(s => SlideMerge.SourceOf(s)!.ItemId));
        Assert.Equal(result.Sources, slides.Select(s => SlideMerge.SourceOf(s)));
        Assert.All(slides, s => Assert.False(string.IsNullOrWhiteSpace(s.NotesSlidePart?.NotesSlide?.InnerText)));
        Assert.All(slides, s => Assert.Equal(series.Report.SeriesId, SlideMerge.SourceOf(s)!.SeriesId));
        var charts = slides.SelectMany(s => s.ChartParts).ToList();
        Assert.NotEmpty(charts);
        Assert.All(charts, c => Assert.Single(c.Parts.Select(p => p.OpenXmlPart).OfType<EmbeddedPackagePart>()));
        Assert.All(charts, c => Assert.NotNull(c.ChartSpace!.GetFirstChild<C.ExternalData>()));

        // The deck's own theme travels along (KeepSourceFormatting shows it; UseDestinationTheme maps it away).
        Assert.Equal("Forum", document.PresentationPart!.SlideMasterParts.Single().ThemePart!.Theme!.Name!.Value);
    }

    [Fact]
    public void The_tags_are_written_as_PowerPoint_stores_them_and_read_back()
    {
        var result = FragmentBuilder.BuildSlides(series.Report, FragmentSelection.OfItems(1, series.Report.Forums[0].Items[0].Key), Language.De);

        using var document = PresentationDocument.Open(new MemoryStream(result.Document!), false);
        var slide = Assert.Single(SlideMerge.Slides(document));
        var tags = slide.UserDefinedTagsParts.Single().TagList!.Elements<DocumentFormat.OpenXml.Presentation.Tag>().ToDictionary(t => t.Name!.Value!, t => t.Val!.Value!);
        Assert.Equal(
            [FragmentSource.SeriesTag, FragmentSource.ItemTag, FragmentSource.AsOfTag, FragmentSource.HashTag],
            tags.Keys);
        Assert.All(tags.Keys, k => Assert.Equal(k.ToUpperInvariant(), k));
        Assert.Equal(series.Report.SeriesId.ToString(), tags[FragmentSource.SeriesTag]);
        Assert.Equal(series.Report.Forums[0].Items[0].Results.ItemId.ToString(), tags[FragmentSource.ItemTag]);
        Assert.Equal(series.Report.AsOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), tags[FragmentSource.AsOfTag]);
        Assert.Matches("^[0-9a-f]{16}$", tags[FragmentSource.HashTag]);
    }

    [Fact]
    public void Equal_input_gives_byte_identical_fragments()
    {
        var first = FragmentBuilder.BuildSlides(series.Report, FragmentSelection.OfForum(2), Language.De).Document!;
        var second = FragmentBuilder.BuildSlides(series.Report, FragmentSelection.OfForum(2), Language.De).Document!;
        var firstSection = FragmentBuilder.BuildSection(series.Report, FragmentSelection.OfForum(2), Language.De).Document!;
        var secondSection = FragmentBuilder.BuildSection(series.Report, FragmentSelection.OfForum(2), Language.De).Document!;

        Assert.Equal(first, second);
        Assert.Equal(firstSection, secondSection);
    }

    [Fact]
    public void LibreOffice_converts_the_slide_fragment_to_one_page_per_slide()
    {
        var result = FragmentBuilder.BuildSlides(series.Report, FragmentSelection.OfForum(2), Language.De);

        var pdf = LibreOffice.ConvertToPdf(result.Document!, "pptx", ArtifactDump.Folder("fragment-slides"));

        Assert.Equal(result.Sources.Count, LibreOffice.PageCount(pdf));
    }
}
