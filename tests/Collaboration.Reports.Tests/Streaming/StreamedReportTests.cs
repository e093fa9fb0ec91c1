using Collaboration.Forums.Answers;
using Collaboration.Forums.Items;
using Collaboration.Forums.Ports;
using Collaboration.Forums.Series;
using Collaboration.Forums.Store;
using Collaboration.Reports.Word;
using Collaboration.Fakes.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Reports.Tests.Streaming;

/// <summary>
/// The Word report written while its open answers are read from the store is the report written from the whole
/// model, byte for byte, and what the small-group rule withholds stays withheld on the streamed path too.
/// </summary>
public abstract class StreamedReportTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private IHost? _host;

    protected abstract Task<IReadOnlyDictionary<string, string?>> StoreSettingsAsync();

    private IForumStore Store => _host!.Services.GetRequiredService<IForumStore>();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(await StoreSettingsAsync());
        builder.AddForumStore();
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
    }

    [Theory]
    [InlineData(Language.De)]
    [InlineData(Language.En)]
    public async Task The_streamed_report_of_a_seeded_series_equals_the_report_from_the_whole_model(Language language)
    {
        var time = new FakeTimeProvider(Start);
        var seriesId = await SimulatedSeries.RunAsync(Store, time);
        var options = new ReportOptions { Language = language };

        var (whole, streamed) = await BothAsync(seriesId, time, options);

        Assert.Equal(whole, streamed);
        using var document = WordprocessingDocument.Open(new MemoryStream(streamed), false);
        OfficeValidation.AssertValid(document);
        Assert.Contains("Wenn die Kosten planbar sind", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_answers_of_an_item_below_the_threshold_are_not_streamed_into_the_report()
    {
        var withheld = new ForumItem(Guid.NewGuid(), "wenige", 1, new LocalizedText("Was fehlt Ihnen?"), new OpenTextSpec(500), false, ItemStatus.Closed);
        var shown = new ForumItem(Guid.NewGuid(), "viele", 2, new LocalizedText("Was wünschen Sie sich?"), new OpenTextSpec(500), false, ItemStatus.Closed);
        var forum = new Forum(Guid.NewGuid(), 1, new LocalizedText("Forum 1"), null, ForumStatus.Closed, [withheld, shown]);
        var series = new ForumSeries(Guid.NewGuid(), new LocalizedText("Reihe"), null, "moderator", Start,
            [new StakeholderGroup("kommune", new LocalizedText("Kommune"))], [], [forum], [], minGroupSize: 3);
        await Store.AddSeriesAsync(series, default);
        for (var p = 0; p < 3; p++)
        {
            if (p < 2)
            {
                await Store.UpsertResponseAsync(new Response(withheld.Id, $"key-{p}", null, "kommune", new TextAnswer($"Geheime Antwort {p}"), Start.AddMinutes(p)), default);
            }

            await Store.UpsertResponseAsync(new Response(shown.Id, $"key-{p}", null, "kommune", new TextAnswer($"Offene Antwort {p}"), Start.AddMinutes(p)), default);
        }

        var (whole, streamed) = await BothAsync(series.Id, new FakeTimeProvider(Start), new ReportOptions());

        Assert.Equal(whole, streamed);
        using var document = WordprocessingDocument.Open(new MemoryStream(streamed), false);
        var body = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.DoesNotContain("Geheime Antwort", body, StringComparison.Ordinal);
        Assert.Contains("Ergebnisse erscheinen ab 3 Antworten", body, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(0, 3), p => Assert.Contains($"Offene Antwort {p}", body, StringComparison.Ordinal));
    }

    private async Task<(byte[] Whole, byte[] Streamed)> BothAsync(Guid seriesId, TimeProvider time, ReportOptions options)
    {
        var builder = new SeriesReportBuilder(Store, time);
        using var whole = new MemoryStream();
        ReportWriter.Write((await builder.BuildAsync(seriesId, default))!, whole, options);
        using var streamed = new MemoryStream();
        await ReportWriter.WriteAsync((await builder.BuildStreamedAsync(seriesId, default))!, streamed, options, default);
        return (whole.ToArray(), streamed.ToArray());
    }
}

public sealed class StreamedReportOnSqliteTests : StreamedReportTests
{
    protected override Task<IReadOnlyDictionary<string, string?>> StoreSettingsAsync()
    {
        var database = Path.Combine(ArtifactDump.Folder("streamed-report"), $"{Guid.NewGuid():N}.db");
        return Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?> { ["ForumStore:ConnectionString"] = $"Data Source={database}" });
    }
}

[Collection(PostgresFixture.Collection)]
public sealed class StreamedReportOnPostgresTests(PostgresFixture postgres) : StreamedReportTests
{
    protected override async Task<IReadOnlyDictionary<string, string?>> StoreSettingsAsync() => new Dictionary<string, string?>
    {
        ["ForumStore:Provider"] = "Postgres",
        ["ForumStore:ConnectionString"] = await postgres.CreateDatabaseAsync($"streamed_report_{Guid.NewGuid():N}"),
    };
}
