using Collaboration.Forums.Kinds.Ranking;
using Collaboration.Reports.Deck;
using Collaboration.Reports.Export;
using Collaboration.Reports.Tests.Deck;
using Collaboration.Reports.Tests.Word;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Collaboration.Reports.Tests.Kinds;

public sealed class RankingReportTests
{
    private static readonly string[] BordaOrder =
        ["Digitalberatung für Kommunen (25 Pkt.)", "Schulungen und Qualifizierung (21 Pkt.)", "Gemeinsame Plattformen (15 Pkt.)", "Fördermittelberatung (11 Pkt.)"];

    [Fact]
    public async Task Deck_shows_a_ranking_as_native_stacked_bars_of_places_ordered_by_Borda_score()
    {
        var report = await RankingSeries.BuildAsync();

        using var document = PresentationDocument.Open(new MemoryStream(DeckWriterTests.Write(report)), false);

        OfficeValidation.AssertValid(document);
        var slide = Assert.Single(document.PresentationPart!.SlideParts, s => s.ChartParts.Any(c => c.ChartSpace!.Descendants<C.Overlap>().Any()));
        AssertPlacesChart(Assert.Single(slide.ChartParts));
        Assert.Contains(RankingSeries.Prompt, slide.Slide!.InnerText, StringComparison.Ordinal);
        Assert.Contains("Digitalberatung für Kommunen", slide.Slide!.InnerText, StringComparison.Ordinal);
        Assert.Contains("Borda", slide.NotesSlidePart!.NotesSlide!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Word_report_shows_the_ranking_chart_and_a_table_of_Borda_points_and_places()
    {
        var report = await RankingSeries.BuildAsync();

        using var document = WordprocessingDocument.Open(new MemoryStream(ReportWriterTests.Write(report)), false);

        OfficeValidation.AssertValid(document);
        AssertPlacesChart(Assert.Single(document.MainDocumentPart!.ChartParts, c => c.ChartSpace!.Descendants<C.Overlap>().Any()));
        var rows = document.MainDocumentPart.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(r => string.Join("|", r.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText))).ToList();
        Assert.Contains("Rang|Option|Borda-Punkte|1. Platz|2. Platz|3. Platz|Mittlerer Platz", rows);
        Assert.Contains("1|Digitalberatung für Kommunen|25|6|3|1|1,5", rows);
        Assert.Contains("4|Fördermittelberatung|11|1|2|4|2,4", rows);
    }

    [Theory]
    [InlineData(Language.De, "Ergebnisse erscheinen ab 5 Antworten")]
    [InlineData(Language.En, "Results appear from 5 answers")]
    public async Task A_ranking_below_the_threshold_shows_no_chart_and_says_from_how_many_answers_results_appear(Language language, string withheld)
    {
        var report = await RankingSeries.BuildAsync();

        using var deck = PresentationDocument.Open(new MemoryStream(DeckWriterTests.Write(report, new DeckOptions { Language = language })), false);
        using var word = WordprocessingDocument.Open(new MemoryStream(ReportWriterTests.Write(report, new ReportOptions { Language = language })), false);

        var slide = Assert.Single(deck.PresentationPart!.SlideParts, s => s.Slide!.InnerText.Contains(withheld, StringComparison.Ordinal));
        Assert.Empty(slide.ChartParts);
        Assert.Contains(language == Language.De ? RankingSeries.WithheldPrompt : "Which operator model do you prefer?", slide.Slide!.InnerText, StringComparison.Ordinal);
        Assert.Contains(withheld, word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        Assert.Single(word.MainDocumentPart.ChartParts, c => c.ChartSpace!.Descendants<C.Overlap>().Any());
    }

    [Fact]
    public async Task Management_summary_names_the_option_that_leads_the_ranking()
    {
        var report = await RankingSeries.BuildAsync();

        using var document = WordprocessingDocument.Open(new MemoryStream(ReportWriterTests.Write(report)), false);

        Assert.Contains($"Rangfolge „{RankingSeries.Prompt}“: vorn liegt Digitalberatung für Kommunen mit 25 Borda-Punkten (6-mal auf Platz 1).",
            document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_reads_back_the_ranking_with_its_places()
    {
        var report = await RankingSeries.BuildAsync();

        var json = ReportJson.Serialize(report);
        var read = ReportJson.Read(json);

        Assert.Null(read.Error);
        Assert.Contains("\"resultKind\": \"ranking\"", json, StringComparison.Ordinal);
        var results = Assert.IsType<RankingResults>(read.Report!.Forums[^1].Items[0].Results);
        Assert.Equal([6, 3, 1], results.Tallies[0].PlaceCounts);
        Assert.Equal(5, read.Report.Forums[^1].Items[1].Results.WithheldBelow);
        Assert.Equal(json, ReportJson.Serialize(read.Report));
    }

    [Fact]
    public async Task LibreOffice_draws_the_deck_and_the_report_with_the_ranking()
    {
        var report = await RankingSeries.BuildAsync();

        var deck = LibreOffice.ConvertToPdf(DeckWriterTests.Write(report), "pptx", ArtifactDump.Folder("ranking-deck"));
        var word = LibreOffice.ConvertToPdf(ReportWriterTests.Write(report), "docx", ArtifactDump.Folder("ranking-report"));

        Assert.Equal(3 + report.Forums.Count + report.Forums.Sum(f => f.Items.Count) + 2, LibreOffice.PageCount(deck));
        Assert.True(LibreOffice.PageCount(word) > 1);
    }

    private static void AssertPlacesChart(ChartPart chart)
    {
        var bar = Assert.Single(chart.ChartSpace!.Descendants<C.BarChart>());
        Assert.Equal(C.BarGroupingValues.Stacked, bar.GetFirstChild<C.BarGrouping>()!.Val!.Value);
        var series = bar.Elements<C.BarChartSeries>().ToList();
        Assert.Equal(["1. Platz", "2. Platz", "3. Platz"], series.Select(s => s.SeriesText!.Descendants<C.StringPoint>().Single().InnerText));
        Assert.Equal(BordaOrder, series[0].GetFirstChild<C.CategoryAxisData>()!.Descendants<C.StringPoint>().Select(p => p.InnerText));
        Assert.Equal(["6", "3", "2", "1"], series[0].GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Select(p => p.InnerText));
        Assert.Equal(["1", "2", "5", "4"], series[2].GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Select(p => p.InnerText));
    }
}
