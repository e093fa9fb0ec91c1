using Collaboration.Reports.Streaming;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Collaboration.Reports.Word;

/// <summary>
/// Writes the Word report to read: title page, table of contents (a field Word updates on opening), summary,
/// methodology, per-forum results with native charts and full tables, all needs by topic and kind, the implementation
/// path and an appendix with every open answer (answers carry no names). A4, headers and footers with page numbers,
/// the document language set. Equal input gives byte-identical output.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes the report from a model that holds everything (built whole or read from an export).</summary>
    public static void Write(SeriesReport report, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        // The model's answers complete without waiting and the document is written to memory, so this task has
        // finished when it returns: waiting on it blocks nothing.
        using var written = WriteCoreAsync(report, ModelAnswers.Instance, options, CancellationToken.None).GetAwaiter().GetResult();
        written.CopyTo(output);
    }

    /// <summary>
    /// Writes the report while its open answers are read from the store, so memory does not grow with them. The
    /// document is the one <see cref="Write"/> gives for the same series.
    /// </summary>
    public static async Task WriteAsync(StreamedReport report, Stream output, ReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var written = await WriteCoreAsync(report.Summary, report.OpenAnswers, options, cancellationToken);
        await written.CopyToAsync(output, cancellationToken);
    }

    private static async Task<MemoryStream> WriteCoreAsync(SeriesReport report, IOpenAnswerSource answers, ReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);

        var text = new ReportText(options.Language);
        using var document = new StreamedWordDocument();
        var main = document.Main;
        main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = WordStyles.Create(options.Theme, text.Tag);

        // Word refreshes the table of contents (and page numbers) when the report is opened.
        main.AddNewPart<DocumentSettingsPart>("rId2").Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
        var title = SafeText.Line(text.Of(report.Title), 120);
        var header = main.AddNewPart<HeaderPart>("rId3");
        header.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
            new Run(new RunProperties(new Color { Val = options.Theme.Accent }, new FontSize { Val = "16" }), new WText(title) { Space = SpaceProcessingModeValues.Preserve })));
        var footer = main.AddNewPart<FooterPart>("rId4");
        var pageNumber = WordBody.Field("PAGE", "1");
        pageNumber.PrependChild(new Run(new WText(text["Page"] + " ") { Space = SpaceProcessingModeValues.Preserve }));
        pageNumber.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        footer.Footer = new Footer(pageNumber);

        var xml = document.Xml;
        xml.StartDocument();
        var writer = new WordBody(main, xml, options.Theme, text.Tag);
        ReportSections.TitlePage(writer, report, text);
        ReportSections.Contents(writer, report, text);
        ReportSections.Summary(writer, report, text);
        ReportSections.Methodology(writer, report, text);
        foreach (var forum in report.Forums)
        {
            ReportSections.Forum(writer, report, forum, text);
        }

        ReportSections.NeedsByTopic(writer, report, text);
        ReportSections.Path(writer, report, text);
        await ReportSections.AppendixAsync(writer, report, answers, text, cancellationToken);

        // A4 with 2 cm margins; the title page carries no header or footer.
        xml.Element(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId3" },
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rId4" },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage()));
        xml.End();
        xml.End();
        CoreProperties.Write(document.Package.AddCoreFilePropertiesPart(), title, text.Tag, report.AsOf);

        return document.FinishBuffered();
    }
}
