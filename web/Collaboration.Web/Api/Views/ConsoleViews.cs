namespace Collaboration.Web.Api.Views;

/// <summary>Builds the console's view of a series from the store's current state (read after a change, so it shows it).</summary>
internal sealed class ConsoleViews(ResultsService results)
{
    public async Task<ConsoleView?> BuildAsync(Guid seriesId, bool inMeeting, WebText text, CancellationToken cancellationToken)
    {
        var series = await results.GetSeriesAsync(seriesId, cancellationToken);
        if (!series.Succeeded)
        {
            return null;
        }

        var forumViews = new List<ConsoleForum>();
        foreach (var forum in series.Value.Forums.OrderBy(f => f.Number))
        {
            var items = new List<ItemSummary>();
            foreach (var item in forum.Items.OrderBy(i => i.Position))
            {
                items.Add(await SummaryAsync(series.Value, item, text, cancellationToken));
            }

            forumViews.Add(new ConsoleForum(forum.Number, text.Of(forum.Title), StatusName(forum.Status), items));
        }

        return new ConsoleView(new NamedSeries(series.Value.Id, text.Of(series.Value.Title)), inMeeting, forumViews);
    }

    /// <summary>An item with its respondents as published (draft items have none to count).</summary>
    public async Task<ItemSummary> SummaryAsync(ForumSeries series, ForumItem item, WebText text, CancellationToken cancellationToken)
    {
        var respondents = item.Status == ItemStatus.Draft ? 0 : (await results.ComputeResultsAsync(series, item, cancellationToken)).Respondents;
        return Summary(item, respondents, text);
    }

    public static ItemSummary Summary(ForumItem item, int respondents, WebText text) =>
        new(item.Id, item.Key, text.Of(item.Prompt), item.Spec.KindName, LiveItemMapping.StatusName(item.Status), item.Anonymous, respondents);

    private static string StatusName(ForumStatus status) => status switch
    {
        ForumStatus.Open => "open",
        ForumStatus.Closed => "closed",
        _ => "planned",
    };
}
