using Collaboration.Forums.Participants;
using Collaboration.Forums.Templates;
using Collaboration.Reports.Export;
using Collaboration.Seeding;

namespace Collaboration.Reports.Tests.Word;

/// <summary>A moderator merged two needs before the report: every output shows the merged need once and names its sources.</summary>
public sealed class MergedNeedsReportTests
{
    private const string Obstacle = "Kein Glasfaser im Dorf";
    private const string Wish = "Glasfaser für alle Ortsteile";

    [Fact]
    public async Task Merged_need_appears_once_in_report_export_and_deck_with_its_sources()
    {
        var (report, merged) = await ReportWithMergeAsync();

        var ranking = ((NeedsResults)report.Forums[0].Items.Single(i => i.Spec is NeedsCollectionSpec).Results).Ranking;
        var need = Assert.Single(ranking, n => n.Text == Wish);
        Assert.Equal(merged, need.NeedId);
        Assert.DoesNotContain(ranking, n => n.Text == Obstacle);
        Assert.Equal([(NeedKind.Wish, Wish), (NeedKind.Obstacle, Obstacle)], need.Sources.Select(s => (s.Kind, s.Text)));
        Assert.Equal(2, need.Supporters);

        var read = ReportJson.Read(ReportJson.Serialize(report));
        Assert.True(read.Succeeded, read.Error);
        var reread = ((NeedsResults)read.Report!.Forums[0].Items.Single(i => i.Spec is NeedsCollectionSpec).Results).Ranking.Single(n => n.NeedId == merged);
        Assert.Equal(need.Sources, reread.Sources);

        var (deck, word) = ExecutiveDocuments.Render(report, Language.De);
        using var document = WordprocessingDocument.Open(new MemoryStream(word), false);
        OfficeValidation.AssertValid(document);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        var sources = $"Zusammengeführt aus: Wunsch „{Wish}“; Hürde „{Obstacle}“";
        Assert.Contains(sources, text, StringComparison.Ordinal);
        // The merged-away need is named only among the sources: once in the results table, once under its topic.
        Assert.Equal(2, Occurrences(text, Obstacle));
        using var presentation = PresentationDocument.Open(new MemoryStream(deck), false);
        OfficeValidation.AssertValid(presentation);
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The seed series, forum 1 with four people's needs, of which the moderator merged the "Hürde" into the "Wunsch".</summary>
    private static async Task<(SeriesReport Report, Guid Merged)> ReportWithMergeAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var store = new InMemoryForumStore();
        var moderation = new ModerationOptions { AnyoneMayCreateSeries = true };
        var forums = new ForumUseCases(store, new RespondentKeys(new byte[32]), moderation, time);
        var moderator = new UserRef("moderator", "Moderatorin");
        var series = (await forums.Moderation.CreateSeriesAsync(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!, moderator, default)).Value!;
        await forums.Moderation.StartForumAsync(series.Id, 1, moderator, default);
        var item = series.FindForum(1)!.FindItem("bedarfe")!;
        var ids = new List<Guid>();
        foreach (var (person, kind, text) in new[] { ("anna", NeedKind.Obstacle, Obstacle), ("ben", NeedKind.Wish, Wish), ("carl", NeedKind.Need, "Rufbus"),
            ("dora", NeedKind.Need, "Coworking") })
        {
            var user = new UserRef(person, person);
            await forums.Participation.OnboardAsync(series.Id, user, "kommune", "Stadt", null, default);
            ids.Add((await forums.Participation.SubmitNeedAsync(item.Id, user, kind, "iuk-management", text, person, default)).Value!.Entry.Id);
        }

        var merged = await new NeedsMerging(store, moderation).MergeNeedsAsync(ids[1], [ids[0]], null, moderator, default);
        Assert.True(merged.Succeeded, merged.Rejection?.ToString());
        await forums.Moderation.CloseForumAsync(series.Id, 1, moderator, default);
        return ((await new SeriesReportBuilder(store, time).BuildAsync(series.Id, default))!, ids[1]);
    }
}
