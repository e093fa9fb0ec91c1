using Collaboration.Reports.Tests.Disclosure;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Collaboration.Reports.Tests.Fragments;

/// <summary>The fragments are drawn from the disclosure-controlled report model: a withheld item shows no numbers there either.</summary>
public sealed class FragmentDisclosureTests
{
    [Fact]
    public async Task A_withheld_item_gives_a_slide_and_a_section_without_any_count_chart_or_table()
    {
        // Two of four people answered item 1 (one "a", one "b"): below k = 3, so it is withheld; item 2 is shown.
        var report = await new SmallGroupSeries([0, 0, 0, 1], [[[0, 1, null, null], [0, 0, 1, 1]]]).ExportedReportAsync();
        var withheld = report.Forums[0].Items[0];
        Assert.Equal(3, withheld.Results.WithheldBelow);

        var slides = FragmentBuilder.BuildSlides(report, FragmentSelection.OfItems(1, withheld.Key), Language.En);
        var section = FragmentBuilder.BuildSection(report, FragmentSelection.OfItems(1, withheld.Key), Language.En);

        using var deck = PresentationDocument.Open(new MemoryStream(slides.Document!), false);
        OfficeValidation.AssertValid(deck);
        var slide = Assert.Single(SlideMerge.Slides(deck));
        Assert.Empty(slide.ChartParts);
        Assert.Empty(slide.Slide!.Descendants<P.GraphicFrame>());
        var shown = string.Join(" ", slide.Slide.Descendants<A.Text>().Select(t => t.Text)) + " " + slide.NotesSlidePart!.NotesSlide!.InnerText;
        Assert.Contains("Results appear from 3 answers on", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("2", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("%", shown, StringComparison.Ordinal);

        using var document = WordprocessingDocument.Open(new MemoryStream(section.Document!), false);
        OfficeValidation.AssertValid(document);
        var control = document.MainDocumentPart!.Document!.Body!.Elements<SdtBlock>().Single().SdtContentBlock!;
        Assert.Empty(control.Descendants<Drawing>());
        Assert.Empty(control.Descendants<Table>());
        Assert.Empty(document.MainDocumentPart.ChartParts);

        // Everything above the line of method (which carries the as-of date) is free of the two answers.
        var paragraphs = control.Elements<Paragraph>().ToList();
        Assert.Contains("Results appear from 3 answers on", paragraphs[2].InnerText, StringComparison.Ordinal);
        Assert.All(paragraphs.SkipLast(1), p => Assert.DoesNotContain("2", p.InnerText, StringComparison.Ordinal));
    }
}
