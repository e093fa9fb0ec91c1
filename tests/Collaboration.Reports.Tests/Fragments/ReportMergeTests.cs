using DocumentFormat.OpenXml;

namespace Collaboration.Reports.Tests.Fragments;

/// <summary>
/// The Word side end to end on files: the report with a paragraph of the staff's own, the forum's section inserted
/// before the methodology chapter, then a late answer and a refresh that replaces the content of one control only.
/// </summary>
public sealed class ReportMergeTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Fact]
    public void The_section_lands_at_the_paragraph_with_its_charts_and_the_reports_styles()
    {
        var forum = series.Report.Forums[1];
        var (report, _) = ReportWithInsertedSection(series.Report, forum.Number);

        using var document = WordprocessingDocument.Open(new MemoryStream(report), false);
        OfficeValidation.AssertValid(document);
        var body = document.MainDocumentPart!.Document!.Body!;
        var controls = body.Elements<SdtBlock>().ToList();
        Assert.Equal(forum.Items.Select(i => i.Results.ItemId), controls.Select(c => SectionMerge.SourceOf(c)!.ItemId));
        Assert.Equal(HandMade.ParagraphText, controls[0].PreviousSibling()!.InnerText);
        Assert.Equal("Methodik", controls[^1].NextSibling()!.InnerText);

        // Every chart reference resolves to a chart of this document with its workbook; drawing ids stay unique.
        var references = controls.SelectMany(c => c.Descendants<DocumentFormat.OpenXml.Drawing.Charts.ChartReference>()).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Single(((ChartPart)document.MainDocumentPart.GetPartById(r.Id!)).Parts.Select(p => p.OpenXmlPart).OfType<EmbeddedPackagePart>()));
        var drawingIds = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(d => d.Id!.Value).ToList();
        Assert.Equal(drawingIds.Count, drawingIds.Distinct().Count());
    }

    [Fact]
    public void A_refresh_after_a_late_answer_replaces_only_the_outdated_controls_content()
    {
        var forum = series.Report.Forums[0];
        var (report, _) = ReportWithInsertedSection(series.Report, forum.Number);
        var (later, changed) = ChangedNumbers.OneMoreAnswer(series.Report, forum.Number);
        var before = Snapshot(report);
        int charts;

        using var stream = new MemoryStream();
        stream.Write(report);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            charts = document.MainDocumentPart!.ChartParts.Count();
            var fragment = FragmentBuilder.BuildSection(later, FragmentSelection.OfForum(forum.Number), Language.De).Document!;
            Assert.Equal(1, SectionMerge.Refresh(document, fragment));
        }

        var after = Snapshot(stream.ToArray());
        Assert.Equal(before.Count, after.Count);
        var changedIndex = before.FindIndex(b => b.Source?.ItemId == changed.Results.ItemId);
        Assert.True(changedIndex >= 0);
        for (var i = 0; i < before.Count; i++)
        {
            if (i == changedIndex)
            {
                Assert.NotEqual(before[i].Xml, after[i].Xml);
                Assert.Equal(FragmentState.Outdated, FragmentBuilder.Check(later, before[i].Source!));
                Assert.Equal(FragmentState.Current, FragmentBuilder.Check(later, after[i].Source!));
            }
            else
            {
                Assert.Equal(before[i], after[i]);
            }
        }

        using var refreshed = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        OfficeValidation.AssertValid(refreshed);
        Assert.Equal(charts, refreshed.MainDocumentPart!.ChartParts.Count());
        var pdf = LibreOffice.ConvertToPdf(stream.ToArray(), "docx", ArtifactDump.Folder("fragment-report-refreshed"));
        Assert.True(LibreOffice.PageCount(pdf) > 1);
    }

    private static (byte[] Report, int Index) ReportWithInsertedSection(Model.SeriesReport report, int forum)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(report, stream, new ReportOptions());
        int index;
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var methodology = body.Elements<Paragraph>().First(p => p.InnerText == "Methodik" && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1");
            methodology.InsertBeforeSelf(HandMade.Paragraph());
            index = body.ChildElements.ToList().IndexOf(methodology);
            SectionMerge.Insert(document, FragmentBuilder.BuildSection(report, FragmentSelection.OfForum(forum), Language.De).Document!, index);
        }

        return (stream.ToArray(), index);
    }

    /// <summary>Every top-level body element in order with its XML, and for the add-in's controls their source.</summary>
    private static List<BodyXml> Snapshot(byte[] report)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(report), false);
        return [.. document.MainDocumentPart!.Document!.Body!.ChildElements.Select(e => new BodyXml(e.OuterXml, e is SdtBlock block ? SectionMerge.SourceOf(block) : null))];
    }

    private sealed record BodyXml(string Xml, FragmentSource? Source);
}
