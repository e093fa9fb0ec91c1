using Collaboration.Seeding;
using Collaboration.Forums.Templates;

namespace Collaboration.Reports.Tests.Support;

/// <summary>The built-in series before anyone answered, plus a forum without any items.</summary>
internal static class EmptySeries
{
    public static async Task<SeriesReport> BuildAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var store = new InMemoryForumStore();
        var template = SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")!);
        var next = 0;
        var created = SeriesTemplates.Instantiate(template.Value!, "moderator", time.GetUtcNow(), () => new Guid(++next, 0, 0, new byte[8]));
        await store.AddSeriesAsync(created, default);
        var report = (await new SeriesReportBuilder(store, time).BuildAsync(created.Id, default))!;
        return report with { Forums = [.. report.Forums, new ForumReport(4, new("Leeres Forum"), null, ForumStatus.Draft, [], [], [])] };
    }
}
