using System.Text.Json;
using Collaboration.Forums.Results.Disclosure;
using Collaboration.Forums.Validation;
using Collaboration.Forums.Store;
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
        var seriesId = await PlayedSeries.RunAsync(Store, time);
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

    [Fact]
    public async Task Results_counted_by_the_store_equal_results_computed_from_every_answer_of_every_kind()
    {
        var series = await EveryKind.SeedAsync(Store, Start);

        foreach (var item in series.Forums.SelectMany(f => f.Items))
        {
            var computed = ResultsCalculator.Compute(item, await Store.GetResponsesAsync(item.Id, default), series);
            var counted = ResultsCalculator.ComputeTallied(item, await Store.TallyAnswersAsync(item.Id, default), series);

            Assert.Equal(Comparable(computed), Comparable(counted));
        }
    }

    [Fact]
    public async Task Results_counted_by_the_store_withhold_and_fold_groups_as_the_disclosure_rule_decides()
    {
        var series = await EveryKind.SeedAsync(Store, Start);

        var items = series.Forums.SelectMany(f => f.Items).ToDictionary(i => i.Key);
        async Task<ItemResults> CountedAsync(string key) =>
            ResultsCalculator.ComputeTallied(items[key], await Store.TallyAnswersAsync(items[key].Id, default), series);

        var withheld = await CountedAsync(EveryKind.Withheld);
        Assert.Equal((0, 3), (withheld.Respondents, withheld.WithheldBelow!.Value));
        Assert.Empty(((RatingResults)withheld).Distribution);
        var anonymous = await CountedAsync(EveryKind.AnonymousRating);
        Assert.Equal((EveryKind.People, 0), (anonymous.Respondents, anonymous.ByGroup.Count));
        // kommune 6 and landkreis 4 stand alone; wissenschaft's one person would be the rest alone, so landkreis folds in.
        var choice = await CountedAsync(EveryKind.SingleChoice);
        Assert.Equal([new GroupRespondents("kommune", 6), new GroupRespondents(GroupRespondents.OtherGroups, 5)], choice.ByGroup);
    }

    [Fact]
    public async Task Participants_counted_by_the_store_are_the_participants_it_lists_per_group()
    {
        var seriesId = await PlayedSeries.RunAsync(Store, new FakeTimeProvider(Start));

        var listed = (await Store.GetParticipantsAsync(seriesId, default)).CountBy(p => p.GroupKey).OrderBy(g => g.Key, StringComparer.Ordinal);
        var counted = (await Store.CountParticipantsByGroupAsync(seriesId, default)).OrderBy(g => g.Key, StringComparer.Ordinal);

        Assert.Equal(listed, counted);
        Assert.Equal(22, counted.Sum(g => g.Value));
    }

    [Fact]
    public async Task Supporters_counted_by_the_store_count_each_person_once_per_merged_need_and_rank_as_every_support_does()
    {
        var (series, item) = await NeedsSeriesAsync(minGroupSize: 3);
        var need = new Dictionary<string, NeedEntry>(StringComparer.Ordinal);
        foreach (var (name, author) in new[] { ("A1", "a"), ("B1", "b"), ("C1", "c"), ("D1", "d"), ("A2", "a") })
        {
            need[name] = new NeedEntry(Guid.NewGuid(), item.Id, $"key-{author}", null, "kommune", NeedKind.Need, "mobility", $"Bedarf {name}", name, Start.AddMinutes(need.Count));
            await Store.AddNeedAsync(need[name], default);
        }

        // a supports her own A1 (adds nothing); e supports without filing anything.
        foreach (var (name, supporter) in new[] { ("A1", "b"), ("A1", "c"), ("A1", "a"), ("B1", "c"), ("B1", "e"), ("C1", "d") })
        {
            await Store.AddNeedSupportAsync(new NeedSupport(need[name].Id, $"key-{supporter}", Start.AddHours(1)), default);
        }

        // B1 went into A1; C1 into A2; D1 points at C1, which went into another need itself, so D1 stands alone.
        var merged = await Store.ChangeMergesAsync(item.Id, _ => Outcome<IReadOnlyList<NeedMergeWrite>>.Success(
            [new(need["B1"].Id, need["A1"].Id, null), new(need["C1"].Id, need["A2"].Id, null), new(need["D1"].Id, need["C1"].Id, null)]), default);
        Assert.True(merged.Succeeded);

        var counted = await Store.CountNeedSupportersAsync(item.Id, default);

        // A1: authors a, b and supporters b, c, a, c, e; A2: authors a, c and supporter d; D1: its author.
        Assert.Equal(new Dictionary<Guid, int> { [need["A1"].Id] = 4, [need["A2"].Id] = 3, [need["D1"].Id] = 1 }, counted);
        var needs = await Store.GetNeedsAsync(item.Id, default);
        var supports = await Store.GetNeedSupportsAsync(item.Id, default);
        Assert.Equal(ResultsCalculator.CountSupporters(needs, supports), counted);
        var ranked = ResultsCalculator.ComputeNeeds(item, needs, counted, series);
        Assert.Equal(Comparable(ResultsCalculator.ComputeNeeds(item, needs, supports, series)), Comparable(ranked));
        Assert.Equal([("Bedarf A1", 4), ("Bedarf A2", 3), ("Bedarf D1", 1)], ranked.Ranking.Select(n => (n.Text, n.Supporters)));
    }

    [Fact]
    public async Task Needs_ranked_from_counted_supporters_stay_withheld_below_the_threshold()
    {
        var (series, item) = await NeedsSeriesAsync(minGroupSize: 3);
        for (var p = 0; p < 2; p++)
        {
            var filed = new NeedEntry(Guid.NewGuid(), item.Id, $"key-{p}", null, "kommune", NeedKind.Wish, "mobility", $"Geheimer Wunsch {p}", $"c-{p}", Start.AddMinutes(p));
            await Store.AddNeedAsync(filed, default);
            await Store.AddNeedSupportAsync(new NeedSupport(filed.Id, $"key-{1 - p}", Start.AddHours(1)), default);
        }

        var ranked = ResultsCalculator.ComputeNeeds(item, await Store.GetNeedsAsync(item.Id, default), await Store.CountNeedSupportersAsync(item.Id, default), series);

        Assert.Equal(3, ranked.WithheldBelow);
        Assert.Empty(ranked.Ranking);
        var summary = (await new SeriesReportBuilder(Store, new FakeTimeProvider(Start)).BuildStreamedAsync(series.Id, default))!.Summary;
        Assert.Equal((3, 0), (summary.Forums[0].Items[0].Results.WithheldBelow, ((NeedsResults)summary.Forums[0].Items[0].Results).Ranking.Count));
        var (whole, streamed) = await BothAsync(series.Id, new FakeTimeProvider(Start), new ReportOptions());
        Assert.Equal(whole, streamed);
        using var document = WordprocessingDocument.Open(new MemoryStream(streamed), false);
        Assert.DoesNotContain("Geheimer Wunsch", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.De)]
    [InlineData(Language.En)]
    public async Task The_streamed_report_of_tied_and_merged_needs_equals_the_report_from_the_whole_model(Language language)
    {
        // Filed at one moment, so text and id order equal support; topics the series does not list; every kind.
        var (series, item) = await NeedsSeriesAsync(minGroupSize: 3);
        string[] texts = ["Ｗlan im Rathaus", "😀 Wlan im Rathaus", "Breitband", "Breitband", "Rufbus", "Glasfaser", "Funkmast", "Schulungen", "Coworking", "Beratung", "Fördermittel"];
        string[] topics = ["mobility", "arbeit", "digital"];
        var need = new List<NeedEntry>();
        for (var i = 0; i < texts.Length; i++)
        {
            need.Add(new NeedEntry(Guid.NewGuid(), item.Id, $"key-{i % 5}", null, i % 5 == 4 ? "landkreis" : "kommune", (NeedKind)(i % 4), topics[i % 3], texts[i], $"c-{i}", Start));
            await Store.AddNeedAsync(need[i], default);
        }

        foreach (var (index, supporter) in new[] { (2, 1), (2, 3), (5, 0), (6, 2), (0, 4) })
        {
            await Store.AddNeedSupportAsync(new NeedSupport(need[index].Id, $"key-{supporter}", Start.AddHours(1)), default);
        }

        // Glasfaser and Funkmast go into Breitband, which gets a moderator's text.
        Assert.True((await Store.ChangeMergesAsync(item.Id, stored => NeedMerges.Merge(item, stored, need[2].Id, [need[5].Id, need[6].Id], "Schnelles Internet"), default)).Succeeded);

        var (whole, streamed) = await BothAsync(series.Id, new FakeTimeProvider(Start), new ReportOptions { Language = language });

        Assert.Equal(whole, streamed);
        using var document = WordprocessingDocument.Open(new MemoryStream(streamed), false);
        OfficeValidation.AssertValid(document);
        var body = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Schnelles Internet", body, StringComparison.Ordinal);
        Assert.Contains("„Funkmast“", body, StringComparison.Ordinal);
    }

    private async Task<(ForumSeries Series, ForumItem Item)> NeedsSeriesAsync(int minGroupSize)
    {
        var item = new ForumItem(Guid.NewGuid(), "bedarfe", 1, new LocalizedText("Welche Bedarfe haben Sie?"), new NeedsCollectionSpec([NeedKind.Need, NeedKind.Wish], 500), false, ItemStatus.Closed);
        var forum = new Forum(Guid.NewGuid(), 1, new LocalizedText("Forum 1"), null, ForumStatus.Closed, [item]);
        var series = new ForumSeries(Guid.NewGuid(), new LocalizedText("Reihe"), null, "moderator", Start,
            [new StakeholderGroup("kommune", new LocalizedText("Kommune"))], [], [forum], [], minGroupSize);
        await Store.AddSeriesAsync(series, default);
        return (series, item);
    }

    /// <summary>Results as JSON, the open answers sorted: counted results list them in no particular order.</summary>
    private static string Comparable(ItemResults results) =>
        JsonSerializer.Serialize(results is TextResults texts ? texts with { Answers = [.. texts.Answers.Order(StringComparer.Ordinal)] } : results, results.GetType());

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
