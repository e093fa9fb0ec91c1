using Microsoft.Extensions.DependencyInjection.Extensions;
using Collaboration.Fixtures;
using System.IO.Packaging;
using Collaboration.Forums.Text;
using Collaboration.Reports.Building;
using Collaboration.Reports.Deck;
using Collaboration.Reports.Word;
using Collaboration.Fakes.Images;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Collaboration.GraphSync.Tests;

/// <summary>Each forum's archive folder holds the Word report and the PowerPoint deck, exactly as the reports library writes them.</summary>
public sealed class ArchiveDocumentsTests
{
    [Theory]
    [InlineData("De", "4194304", "Ergebnisbericht.docx", "Ergebnispräsentation.pptx")]
    [InlineData("En", "4194304", "Results report.docx", "Results presentation.pptx")]
    [InlineData("De", "1", "Ergebnisbericht.docx", "Ergebnispräsentation.pptx")] // large files: through an upload session
    public async Task The_report_and_the_deck_arrive_byte_identical_to_the_writers_output_and_open_valid(
        string language, string simpleUploadLimit, string reportName, string deckName)
    {
        await using var harness = await GraphSyncHarness.StartAsync(new Dictionary<string, string?>
        {
            ["GraphSync:ReportLanguage"] = language,
            ["GraphSync:SimpleUploadLimit"] = simpleUploadLimit,
        });
        var series = await ForumScenario.CloseForumOneAsync(harness.Store);

        await harness.DrainAsync();

        var lang = Enum.Parse<Language>(language);
        var (wordBytes, deckBytes) = await WrittenByTheReportsLibraryAsync(harness, series, lang);
        var folder = (await harness.ExpectedArchiveAsync(series)).Folder;
        var uploadedReport = harness.Graph.GetFile(GraphSyncHarness.DriveId, $"{folder}/{reportName}");
        var uploadedDeck = harness.Graph.GetFile(GraphSyncHarness.DriveId, $"{folder}/{deckName}");
        Assert.Equal(wordBytes, uploadedReport);
        Assert.Equal(deckBytes, uploadedDeck);
        Assert.Equal(simpleUploadLimit == "1", harness.Graph.Requests.Any(r => r.Path.EndsWith($"{reportName}:/createUploadSession", StringComparison.Ordinal)));

        using (var word = WordprocessingDocument.Open(new MemoryStream(uploadedReport!), isEditable: false))
        {
            OfficeValidation.AssertValid(word);
            Assert.Contains(series.Title.In(lang), word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }

        using (var deck = PresentationDocument.Open(new MemoryStream(uploadedDeck!), isEditable: false))
        {
            OfficeValidation.AssertValid(deck);
            Assert.NotEmpty(deck.PresentationPart!.SlideParts);
        }

        using var package = Package.Open(new MemoryStream(uploadedDeck!), FileMode.Open, FileAccess.Read);
        Assert.NotEmpty(package.GetParts());
    }

    [Fact]
    public async Task A_configured_theme_puts_the_organisation_s_logo_into_the_archived_deck()
    {
        var folder = Directory.CreateTempSubdirectory("graph-sync-theme-");
        try
        {
            var logo = NoisePng.Create(40, 30, seed: 7);
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "logo.png"), logo);
            var themePath = Path.Combine(folder.FullName, "theme.json");
            await File.WriteAllTextAsync(themePath, "{ \"colors\": { \"primary\": \"00457D\" }, \"logo\": \"logo.png\" }");
            await using var harness = await GraphSyncHarness.StartAsync(new Dictionary<string, string?> { ["GraphSync:ReportTheme"] = themePath });
            var series = await ForumScenario.CloseForumOneAsync(harness.Store);

            await harness.DrainAsync();

            var archive = await harness.ExpectedArchiveAsync(series);
            using var deck = PresentationDocument.Open(new MemoryStream(harness.Graph.GetFile(GraphSyncHarness.DriveId, $"{archive.Folder}/Ergebnispräsentation.pptx")!), isEditable: false);
            OfficeValidation.AssertValid(deck);
            var images = deck.PresentationPart!.SlideParts.SelectMany(s => s.ImageParts).Concat(deck.PresentationPart.SlideMasterParts.SelectMany(m => m.ImageParts))
                .Concat(deck.PresentationPart.SlideMasterParts.SelectMany(m => m.SlideLayoutParts).SelectMany(l => l.ImageParts));
            Assert.Contains(images, image =>
            {
                using var stream = image.GetStream();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray().AsSpan().SequenceEqual(logo);
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_documents_show_the_series_up_to_the_archived_forum_and_are_dated_by_its_last_answer()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await GraphSyncHarness.StartAsync(services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var series = await ForumScenario.CloseForumOneAsync(harness.Store);

        var first = await harness.ExpectedArchiveAsync(series);
        clock.Advance(TimeSpan.FromDays(1));
        var again = await harness.ExpectedArchiveAsync(series);

        // No clock in the bytes: building twice a day apart gives the same files (the packages' own ZIP timestamps
        // are fixed, Collaboration.Reports.Tests' DeterministicZipTests).
        Assert.Equal(first.Files.Select(f => f.Content), again.Files.Select(f => f.Content));
        using var deck = PresentationDocument.Open(new MemoryStream(first.Files.Single(f => f.Name.EndsWith(".pptx", StringComparison.Ordinal)).Content), isEditable: false);
        var slides = deck.PresentationPart!.SlideParts.Select(s => s.Slide!.InnerText).ToList();
        Assert.Contains(slides, s => s.Contains(series.FindForum(1)!.Title.De, StringComparison.Ordinal));
        Assert.DoesNotContain(slides, s => s.Contains(series.FindForum(2)!.Title.De, StringComparison.Ordinal));
    }

    private static async Task<(byte[] Word, byte[] Deck)> WrittenByTheReportsLibraryAsync(GraphSyncHarness harness, ForumSeries series, Language language)
    {
        var built = await harness.Services.GetRequiredService<SeriesReportBuilder>().BuildAsync(series.Id, CancellationToken.None);
        // The forum's last answer: the latest response, need or support.
        var times = new List<DateTimeOffset>();
        foreach (var item in series.FindForum(1)!.Items)
        {
            times.AddRange((await harness.Store.GetResponsesAsync(item.Id, CancellationToken.None)).Select(r => r.UpdatedAt));
            times.AddRange((await harness.Store.GetNeedsAsync(item.Id, CancellationToken.None)).Select(n => n.CreatedAt));
            times.AddRange((await harness.Store.GetNeedSupportsAsync(item.Id, CancellationToken.None)).Select(s => s.CreatedAt));
        }

        var report = built! with { AsOf = times.Max(), Forums = [.. built.Forums.Where(f => f.Number == 1)] };
        using var word = new MemoryStream();
        ReportWriter.Write(report, word, new ReportOptions { Language = language });
        using var deck = new MemoryStream();
        DeckWriter.Write(report, deck, new DeckOptions { Language = language });
        return (word.ToArray(), deck.ToArray());
    }
}
