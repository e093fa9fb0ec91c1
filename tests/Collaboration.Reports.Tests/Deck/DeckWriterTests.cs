using System.IO.Compression;
using Collaboration.Reports.Deck;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Collaboration.Reports.Tests.Deck;

public sealed class DeckWriterTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    internal static byte[] Write(Model.SeriesReport report, DeckOptions? options = null)
    {
        using var stream = new MemoryStream();
        DeckWriter.Write(report, stream, options ?? new DeckOptions());
        return stream.ToArray();
    }

    [Theory]
    [InlineData(Language.De)]
    [InlineData(Language.En)]
    public void Deck_of_the_built_in_series_passes_the_validator(Language language)
    {
        var bytes = Write(series.Report, new DeckOptions { Language = language });

        using var document = PresentationDocument.Open(new MemoryStream(bytes), false);
        OfficeValidation.AssertValid(document);
        var slides = document.PresentationPart!.SlideParts.ToList();
        var items = series.Report.Forums.Sum(f => f.Items.Count);
        Assert.Equal(3 + series.Report.Forums.Count + items + 2, slides.Count);
    }

    [Fact]
    public void Every_slide_has_speaker_notes()
    {
        using var document = PresentationDocument.Open(new MemoryStream(Write(series.Report)), false);

        Assert.All(document.PresentationPart!.SlideParts, s => Assert.False(string.IsNullOrWhiteSpace(s.NotesSlidePart?.NotesSlide?.InnerText)));
    }

    [Fact]
    public void Charts_are_native_and_carry_their_data_as_an_embedded_workbook()
    {
        using var document = PresentationDocument.Open(new MemoryStream(Write(series.Report)), false);
        var charts = document.PresentationPart!.SlideParts.SelectMany(s => s.ChartParts).ToList();

        Assert.True(charts.Count >= 10, $"only {charts.Count} charts");
        Assert.Contains(charts, c => c.ChartSpace!.Descendants<C.PieChart>().Any());
        Assert.Contains(charts, c => c.ChartSpace!.Descendants<C.BarChart>().Any());
        var frames = document.PresentationPart.SlideParts.SelectMany(s => s.Slide!.Descendants<DocumentFormat.OpenXml.Presentation.GraphicFrame>()).ToList();
        Assert.All(frames, f => Assert.False(string.IsNullOrWhiteSpace(f.NonVisualGraphicFrameProperties!.NonVisualDrawingProperties!.Description)));
        foreach (var chart in charts)
        {
            var embedded = Assert.Single(chart.Parts.Select(p => p.OpenXmlPart).OfType<EmbeddedPackagePart>());
            Assert.Equal(embedded.Uri.OriginalString, chart.GetPartById(chart.ChartSpace!.GetFirstChild<C.ExternalData>()!.Id!).Uri.OriginalString);
            using var workbook = SpreadsheetDocument.Open(embedded.GetStream(), false);
            OfficeValidation.AssertValid(workbook);
        }
    }

    [Fact]
    public void Equal_input_gives_byte_identical_decks()
    {
        // Written moments apart: the time of writing could only enter through the ZIP entries' timestamps, which
        // Zip_entries_carry_one_fixed_timestamp and DeterministicZipTests (packages stamped seconds apart) cover.
        var first = Write(series.Report);
        var second = Write(series.Report);
        File.WriteAllBytes(Path.Combine(ArtifactDump.Folder("determinism"), "first.pptx"), first);
        File.WriteAllBytes(Path.Combine(ArtifactDump.Folder("determinism"), "second.pptx"), second);

        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(first)), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(second)));
    }

    [Fact]
    public void Zip_entries_carry_one_fixed_timestamp()
    {
        using var zip = new ZipArchive(new MemoryStream(Write(series.Report)), ZipArchiveMode.Read);

        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
    }
}
