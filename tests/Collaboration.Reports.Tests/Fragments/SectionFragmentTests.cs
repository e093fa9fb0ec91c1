namespace Collaboration.Reports.Tests.Fragments;

public sealed class SectionFragmentTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Theory]
    [InlineData(Language.De, "Forenergebnis 2: ", "Jede Person hat je Frage eine Antwort")]
    [InlineData(Language.En, "Forum result 2: ", "Each person gives one answer per question")]
    public void A_forum_gives_one_valid_tagged_content_control_per_item(Language language, string title, string method)
    {
        var forum = series.Report.Forums[1];

        var result = FragmentBuilder.BuildSection(series.Report, FragmentSelection.OfForum(forum.Number), language);

        Assert.Null(result.Problem);
        using var document = WordprocessingDocument.Open(new MemoryStream(result.Document!), false);
        OfficeValidation.AssertValid(document);
        var body = document.MainDocumentPart!.Document!.Body!;
        var controls = body.Elements<SdtBlock>().ToList();
        Assert.Equal(forum.Items.Count, controls.Count);
        Assert.Equal(result.Sources, controls.Select(SectionMerge.SourceOf));
        Assert.All(controls, c => Assert.StartsWith(title, c.SdtProperties!.GetFirstChild<SdtAlias>()!.Val!.Value, StringComparison.Ordinal));
        Assert.All(controls, c => Assert.Equal("Heading2", c.SdtContentBlock!.Elements<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        Assert.All(controls, c => Assert.Contains(method, c.SdtContentBlock!.Elements<Paragraph>().Last().InnerText, StringComparison.Ordinal));
        Assert.All(controls.Where(c => c.SdtContentBlock!.Descendants<Drawing>().Any()), c => Assert.NotEmpty(c.SdtContentBlock!.Descendants<Table>()));
        Assert.NotEmpty(document.MainDocumentPart.ChartParts);
        Assert.All(document.MainDocumentPart.ChartParts, c => Assert.Single(c.Parts.Select(p => p.OpenXmlPart).OfType<EmbeddedPackagePart>()));
        Assert.Equal(controls.Count, controls.Select(c => c.SdtProperties!.GetFirstChild<SdtId>()!.Val!.Value).Distinct().Count());
    }

    [Fact]
    public void The_content_control_tag_carries_series_item_as_of_and_hash_compactly()
    {
        var item = series.Report.Forums[0].Items[0];

        var result = FragmentBuilder.BuildSection(series.Report, FragmentSelection.OfItems(1, item.Key), Language.De);

        using var document = WordprocessingDocument.Open(new MemoryStream(result.Document!), false);
        var tag = document.MainDocumentPart!.Document!.Body!.Elements<SdtBlock>().Single().SdtProperties!.GetFirstChild<Tag>()!.Val!.Value!;
        Assert.Matches(@"^c1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}\.\d{8}T\d{6}Z\.[0-9a-f]{16}$", tag);
        var source = FragmentSource.FromContentControlTag(tag)!;
        Assert.Equal(series.Report.SeriesId, source.SeriesId);
        Assert.Equal(item.Results.ItemId, source.ItemId);
        Assert.Equal(result.Sources.Single(), source);
    }

    [Fact]
    public void LibreOffice_converts_the_section_fragment()
    {
        var result = FragmentBuilder.BuildSection(series.Report, FragmentSelection.OfForum(2), Language.De);

        var pdf = LibreOffice.ConvertToPdf(result.Document!, "docx", ArtifactDump.Folder("fragment-section"));

        Assert.True(LibreOffice.PageCount(pdf) >= 1);
    }
}
