using W = DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Collaboration.Reports.Tests.Word;

public sealed class ReportWriterTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    internal static byte[] Write(SeriesReport report, ReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(report, stream, options ?? new ReportOptions());
        return stream.ToArray();
    }

    [Theory]
    [InlineData(Language.De)]
    [InlineData(Language.En)]
    public void Report_of_the_built_in_series_passes_the_validator_with_headings_toc_page_numbers_and_language(Language language)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(series.Report, new ReportOptions { Language = language })), false);

        OfficeValidation.AssertValid(document);
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        Assert.Contains(body.Descendants<W.FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        Assert.Contains(main.FooterParts.SelectMany(f => f.Footer!.Descendants<W.FieldCode>()), f => f.Text.Contains("PAGE", StringComparison.Ordinal));
        Assert.Contains(body.Descendants<W.ParagraphStyleId>(), s => s.Val == "Heading1");
        Assert.Equal(language == Language.En ? "en-GB" : "de-DE", main.StyleDefinitionsPart!.Styles!.Descendants<W.Languages>().Single().Val!.Value);
        Assert.True(main.ChartParts.Count() >= 10);
        Assert.All(body.Descendants<DW.DocProperties>(), d => Assert.False(string.IsNullOrWhiteSpace(d.Description)));
    }

    [Fact]
    public void The_appendix_holds_every_open_answer()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(series.Report)), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;

        var answers = series.Report.Forums.SelectMany(f => f.Items).Select(i => i.Results).OfType<TextResults>().SelectMany(r => r.Answers).ToList();
        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.Contains(a, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Person kommune", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_appendix_quotes_every_open_answer_once_in_the_order_of_the_results()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(series.Report)), false);
        var quotes = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == WordStyles.Quote)
            .Select(p => string.Join('\n', p.Elements<W.Run>().Select(r => r.InnerText)))
            .ToList();

        var answers = series.Report.Forums.SelectMany(f => f.Items).Select(i => i.Results).OfType<TextResults>()
            .SelectMany(r => r.Answers).Select(a => Collaboration.Reports.Text.SafeText.Block(a, 20000)).ToList();
        Assert.True(answers.Count > 10, $"only {answers.Count} open answers in the fixture");
        Assert.Equal(answers, quotes);
    }

    [Fact]
    public void Equal_input_gives_byte_identical_reports()
    {
        // The time of writing could only enter through the ZIP entries' timestamps: every entry carries the fixed one
        // (DeterministicZipTests shows packages stamped seconds apart coming out equal).
        var first = Write(series.Report);

        Assert.Equal(first, Write(series.Report));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(first), System.IO.Compression.ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Hostile_unicode_keeps_the_report_valid_and_convertible()
    {
        var bytes = Write(NastyInput.Apply(series.Report));

        using (var document = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            OfficeValidation.AssertValid(document);
        }

        LibreOffice.ConvertToPdf(bytes, "docx", ArtifactDump.Folder("report-nasty"));
    }

    [Fact]
    public void A_theme_logo_heads_the_title_page_with_alt_text_and_rtl_answers_read_right_to_left()
    {
        var theme = Theming.ReportTheme.Default with { Logo = Theming.ThemeImage.From(TestImages.Png(300, 100)) };

        using var document = WordprocessingDocument.Open(new MemoryStream(Write(NastyInput.Apply(series.Report), new ReportOptions { Theme = theme })), false);

        OfficeValidation.AssertValid(document);
        var main = document.MainDocumentPart!;
        Assert.Single(main.ImageParts);
        Assert.Contains(main.Document!.Body!.Descendants<DW.DocProperties>(), d => d.Description == "Logo");
        Assert.Contains(main.Document.Body.Descendants<W.BiDi>(), b => b.Parent!.Parent!.InnerText.StartsWith("مرحبا", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_series_without_answers_gives_a_valid_report_that_says_so()
    {
        var bytes = Write(await EmptySeries.BuildAsync());

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        OfficeValidation.AssertValid(document);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Keine Antworten", text, StringComparison.Ordinal);
        Assert.Contains("Dieses Forum enthält keine Fragen.", text, StringComparison.Ordinal);
        Assert.Contains("Keine offenen Antworten.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.De)]
    [InlineData(Language.En)]
    public void LibreOffice_converts_the_report_to_pdf(Language language)
    {
        var pdf = LibreOffice.ConvertToPdf(Write(series.Report, new ReportOptions { Language = language }), "docx", ArtifactDump.Folder($"report-{language}"));

        Assert.True(LibreOffice.PageCount(pdf) >= 8);
    }
}
