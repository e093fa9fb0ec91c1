using Collaboration.Reports.Deck;

namespace Collaboration.Reports.Tests.Deck;

public sealed class DeckRenderingTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Theory]
    [InlineData(Language.De)]
    [InlineData(Language.En)]
    public void LibreOffice_converts_the_deck_to_a_pdf_with_one_page_per_slide(Language language)
    {
        var bytes = DeckWriterTests.Write(series.Report, new DeckOptions { Language = language });

        var pdf = LibreOffice.ConvertToPdf(bytes, "pptx", ArtifactDump.Folder($"deck-{language}"));

        var items = series.Report.Forums.Sum(f => f.Items.Count);
        Assert.Equal(3 + series.Report.Forums.Count + items + 2, LibreOffice.PageCount(pdf));
    }
}
