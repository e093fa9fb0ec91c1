using Collaboration.Forums.Store;
using Collaboration.Reports.Cli;
using Collaboration.Reports.Export;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Reports.Tests.Cli;

public sealed class ReportCommandsTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ReportCommands.RunAsync(args, output, error, default);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Deck_and_word_are_written_from_an_export_file_in_english()
    {
        var folder = ArtifactDump.Folder("cli");
        var export = Path.Combine(folder, "series.json");
        await File.WriteAllTextAsync(export, ReportJson.Serialize(series.Report));

        var deck = await RunAsync("deck", "--series", export, "--out", Path.Combine(folder, "deck.pptx"), "--lang", "en");
        var word = await RunAsync("word", "--series", export, "--out", Path.Combine(folder, "report.docx"));

        Assert.True(deck.Exit == 0, deck.Error);
        Assert.True(word.Exit == 0, word.Error);
        using (var presentation = PresentationDocument.Open(Path.Combine(folder, "deck.pptx"), false))
        {
            OfficeValidation.AssertValid(presentation);
            Assert.Contains("Management summary", presentation.PresentationPart!.SlideParts.ElementAt(1).Slide!.InnerText, StringComparison.Ordinal);
        }

        using var document = WordprocessingDocument.Open(Path.Combine(folder, "report.docx"), false);
        OfficeValidation.AssertValid(document);
    }

    [Fact]
    public async Task A_series_is_read_from_the_bots_sqlite_store_through_the_forumstore_settings()
    {
        var folder = ArtifactDump.Folder("cli-store");
        var database = Path.Combine(folder, "forums.db");
        File.Delete(database);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder });
        builder.Configuration["ForumStore:ConnectionString"] = $"Data Source={database}";
        builder.AddForumStore();
        Guid seriesId;
        using (var host = builder.Build())
        {
            await host.StartAsync();
            seriesId = await PlayedSeries.RunAsync(host.Services.GetRequiredService<IForumStore>(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero)));
            await host.StopAsync();
        }

        Environment.SetEnvironmentVariable("ForumStore__ConnectionString", $"Data Source={database}");
        var export = await RunAsync("export", "--series", seriesId.ToString(), "--out", Path.Combine(folder, "series.json"));
        var deck = await RunAsync("deck", "--series", seriesId.ToString(), "--out", Path.Combine(folder, "deck.pptx"));
        var word = await RunAsync("word", "--series", seriesId.ToString(), "--out", Path.Combine(folder, "report.docx"));

        Assert.True(export.Exit == 0, export.Error);
        Assert.True(deck.Exit == 0, deck.Error);
        Assert.True(word.Exit == 0, word.Error);
        using (var report = WordprocessingDocument.Open(Path.Combine(folder, "report.docx"), false))
        {
            // The Word report's open answers were read from the store while it was written.
            OfficeValidation.AssertValid(report);
            Assert.Contains("Wenn die Kosten planbar sind", report.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }

        var fromStore = ReportJson.Read(await File.ReadAllTextAsync(Path.Combine(folder, "series.json"))).Report!;
        Assert.Equal(series.Report.TotalParticipants, fromStore.TotalParticipants);
        Assert.Equal(series.Report.Forums.Select(f => f.TotalAnswers), fromStore.Forums.Select(f => f.TotalAnswers));
        using var presentation = PresentationDocument.Open(Path.Combine(folder, "deck.pptx"), false);
        OfficeValidation.AssertValid(presentation);
    }

    [Theory]
    [InlineData("no-such-file.json", "neither an export file")]
    [InlineData("00000000-0000-0000-0000-0000000000ab", "could not be read")]
    public async Task An_unknown_series_gives_a_message_and_a_failing_exit_code(string seriesArgument, string expected)
    {
        var folder = ArtifactDump.Folder("cli-unknown");
        Environment.SetEnvironmentVariable("ForumStore__ConnectionString", $"Data Source={Path.Combine(folder, "empty.db")}");

        var result = await RunAsync("deck", "--series", seriesArgument, "--out", Path.Combine(folder, "deck.pptx"));

        Assert.NotEqual(0, result.Exit);
        Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_language_is_refused_by_the_parser()
    {
        var result = await RunAsync("deck", "--series", "x", "--out", "y.pptx", "--lang", "fr");

        Assert.NotEqual(0, result.Exit);
        Assert.Contains("fr", result.Error, StringComparison.Ordinal);
    }
}
