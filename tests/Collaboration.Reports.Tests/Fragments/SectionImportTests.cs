
namespace Collaboration.Reports.Tests.Fragments;

/// <summary>The Word import into documents unlike the report: one without any styles, one that gets a numbered list.</summary>
public sealed class SectionImportTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Fact]
    public void Into_a_document_without_styles_the_section_brings_the_styles_it_uses()
    {
        using var stream = new MemoryStream();
        using (var blank = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            blank.AddMainDocumentPart().Document = new Document(new Body(HandMade.Paragraph(), new SectionProperties()));
        }

        using (var document = WordprocessingDocument.Open(stream, true))
        {
            SectionMerge.Insert(document, FragmentBuilder.BuildSection(series.Report, FragmentSelection.OfForum(2), Language.En).Document!, 1);
        }

        using var merged = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        OfficeValidation.AssertValid(merged);
        var styles = merged.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToList();
        Assert.Contains("Heading2", styles);
        Assert.Contains(WordStyles.Caption, styles);
        Assert.Contains(WordStyles.TableGrid, styles);
        var used = merged.MainDocumentPart.Document!.Descendants<ParagraphStyleId>().Select(p => p.Val!.Value).Distinct();
        Assert.All(used, id => Assert.Contains(id, styles));
    }

    [Fact]
    public void A_numbered_list_in_an_inserted_file_keeps_its_own_numbering_next_to_the_targets()
    {
        var report = NumberedDocument(numId: 1, abstractId: 0, format: NumberFormatValues.UpperRoman);
        var inserted = NumberedDocument(numId: 1, abstractId: 0, format: NumberFormatValues.Decimal);

        using var stream = new MemoryStream();
        stream.Write(report);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            SectionMerge.Insert(document, inserted, 0);
        }

        using var merged = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        OfficeValidation.AssertValid(merged);
        var numbering = merged.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var paragraphs = merged.MainDocumentPart.Document!.Body!.Elements<Paragraph>().ToList();
        var formats = paragraphs.Select(p =>
        {
            var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);
            var definition = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
            return definition.GetFirstChild<Level>()!.NumberingFormat!.Val!.Value;
        }).ToList();
        Assert.Equal([NumberFormatValues.Decimal, NumberFormatValues.UpperRoman], formats);
    }

    private static byte[] NumberedDocument(int numId, int abstractId, NumberFormatValues format)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = abstractId },
                new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId });
            main.Document = new Document(new Body(
                new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId })), new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(format.ToString()))),
                new SectionProperties()));
        }

        return stream.ToArray();
    }
}
