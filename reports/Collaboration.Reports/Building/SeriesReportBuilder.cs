using Collaboration.Forums.Items;
using Collaboration.Forums.Results;
using Collaboration.Forums.Series;
using Collaboration.Forums.Store;
using Collaboration.Reports.Model;

namespace Collaboration.Reports.Building;

/// <summary>
/// Reads a series, its participants and answers through <see cref="IForumStore"/> and computes every item's results
/// with the domain's <see cref="ResultsCalculator"/>, so the reports show exactly what the bot's result cards show.
/// </summary>
public sealed class SeriesReportBuilder(IForumStore store, TimeProvider time)
{
    /// <returns>The report, or null when the store has no series with that id.</returns>
    public async Task<SeriesReport?> BuildAsync(Guid seriesId, CancellationToken cancellationToken)
    {
        var series = await store.GetSeriesAsync(seriesId, cancellationToken);
        if (series is null)
        {
            return null;
        }

        var participants = await store.GetParticipantsAsync(seriesId, cancellationToken);
        var folding = new GroupFolding(series, participants.Select(p => p.GroupKey));
        var forums = new List<ForumReport>();
        foreach (var forum in series.Forums)
        {
            forums.Add(await BuildForumAsync(series, forum, folding, cancellationToken));
        }

        return new SeriesReport(SeriesReport.CurrentFormatVersion, series.Id, series.Title, series.Goal, time.GetUtcNow(),
            series.MinGroupSize, series.Groups, series.Topics, folding.Count(participants.Select(p => p.GroupKey)), forums,
            series.ImplementationPath);
    }

    private async Task<ForumReport> BuildForumAsync(ForumSeries series, Forum forum, GroupFolding folding, CancellationToken cancellationToken)
    {
        var items = new List<ItemReport>();
        var answerGroups = new List<string>();
        var respondents = new List<GroupCount>();
        foreach (var item in forum.Items)
        {
            ItemResults results;
            if (item.Spec is NeedsCollectionSpec)
            {
                var needs = await store.GetNeedsAsync(item.Id, cancellationToken);
                results = ResultsCalculator.ComputeNeeds(item, needs, await store.GetNeedSupportsAsync(item.Id, cancellationToken), series);
                answerGroups.AddRange(needs.Select(n => n.GroupKey));
                respondents.AddRange(folding.Count(needs.DistinctBy(n => n.RespondentKey, StringComparer.Ordinal).Select(n => n.GroupKey)));
            }
            else
            {
                var responses = await store.GetResponsesAsync(item.Id, cancellationToken);
                results = ResultsCalculator.Compute(item, responses, series);
                answerGroups.AddRange(responses.Select(r => r.GroupKey));
                respondents.AddRange(folding.Count(responses.DistinctBy(r => r.RespondentKey, StringComparer.Ordinal).Select(r => r.GroupKey)));
            }

            items.Add(new ItemReport(item.Key, item.Prompt, item.Anonymous, item.Spec, item.CarryOver, results));
        }

        var mostPerGroup = folding.InOrder(respondents.GroupBy(c => c.GroupKey, StringComparer.Ordinal).Select(g => new GroupCount(g.Key, g.Max(c => c.Count))));
        return new ForumReport(forum.Number, forum.Title, forum.Description, forum.Status, folding.Count(answerGroups), mostPerGroup, items);
    }
}
