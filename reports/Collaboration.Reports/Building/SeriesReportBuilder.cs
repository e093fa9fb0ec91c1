using Collaboration.Forums.Ports;
using Collaboration.Forums.Series;
using Collaboration.Reports.Streaming;

namespace Collaboration.Reports.Building;

/// <summary>
/// Reads a series, its participants and answers through <see cref="IForumStore"/> and computes every item's results
/// with the domain's <see cref="ResultsCalculator"/>, so the reports show exactly what the bot's result cards show.
/// </summary>
public sealed class SeriesReportBuilder(IForumStore store, TimeProvider time)
{
    /// <returns>The report, or null when the store has no series with that id.</returns>
    public Task<SeriesReport?> BuildAsync(Guid seriesId, CancellationToken cancellationToken) => BuildCoreAsync(seriesId, countAnswersOnly: false, cancellationToken);

    /// <summary>
    /// The report for the Word writer with the open answers left in the store: the summary keeps their number, and
    /// the appendix reads them while it is written, so a series with 100,000 open answers never holds them.
    /// </summary>
    /// <returns>The report, or null when the store has no series with that id.</returns>
    public async Task<StreamedReport?> BuildStreamedAsync(Guid seriesId, CancellationToken cancellationToken) =>
        await BuildCoreAsync(seriesId, countAnswersOnly: true, cancellationToken) is { } summary ? new StreamedReport(summary, new StoreAnswers(store)) : null;

    private async Task<SeriesReport?> BuildCoreAsync(Guid seriesId, bool countAnswersOnly, CancellationToken cancellationToken)
    {
        var series = await store.GetSeriesAsync(seriesId, cancellationToken);
        if (series is null)
        {
            return null;
        }

        // Counted by the store: the report shows participants per group only, never who they are.
        var participants = await store.CountParticipantsByGroupAsync(seriesId, cancellationToken);
        var folding = new GroupFolding(series);
        var forums = new List<ForumReport>();
        foreach (var forum in series.Forums)
        {
            forums.Add(await BuildForumAsync(series, forum, folding, countAnswersOnly, cancellationToken));
        }

        return new SeriesReport(SeriesReport.CurrentFormatVersion, series.Id, series.Title, series.Goal, time.GetUtcNow(),
            series.MinGroupSize, series.Groups, series.Topics, folding.Participants(participants), forums,
            series.ImplementationPath);
    }

    private async Task<ForumReport> BuildForumAsync(ForumSeries series, Forum forum, GroupFolding folding, bool countAnswersOnly, CancellationToken cancellationToken)
    {
        var items = new List<ItemReport>();
        foreach (var item in forum.Items)
        {
            ItemResults results;
            if (item.Spec is NeedsCollectionSpec && countAnswersOnly)
            {
                // Ranked by the store, read as the report shows them; held, because the needs table and the chapter by
                // topic and kind both list them (reading them twice allocated more than holding them, see README.md).
                var ranking = await store.StreamRankedNeedsAsync(item.Id, cancellationToken).ToListAsync(cancellationToken);
                results = ResultsCalculator.ComputeNeeds(item, await store.CountNeedFilersAsync(item.Id, cancellationToken), ranking, series);
            }
            else if (item.Spec is NeedsCollectionSpec)
            {
                // Supporters counted by the store: a report of 100,000 needs never holds their supports.
                var needs = await store.GetNeedsAsync(item.Id, cancellationToken);
                results = ResultsCalculator.ComputeNeeds(item, needs, await store.CountNeedSupportersAsync(item.Id, cancellationToken), series);
            }
            else if (countAnswersOnly)
            {
                // Counted by the store: the summary never holds an item's answers, only one object per different answer.
                results = ResultsCalculator.ComputeTallied(item, await store.TallyAnswersAsync(item.Id, cancellationToken), series);
                if (results is TextResults texts)
                {
                    // The texts are garbage from here on; the published number decides what the appendix reads.
                    results = texts with { Answers = new CountedAnswers(texts.Answers.Count) };
                }
            }
            else
            {
                results = ResultsCalculator.Compute(item, await store.GetResponsesAsync(item.Id, cancellationToken), series);
            }

            items.Add(new ItemReport(item.Key, item.Prompt, item.Anonymous, item.Spec, item.CarryOver, results));
        }

        var published = items.Select(i => i.Results).ToList();
        return new ForumReport(forum.Number, forum.Title, forum.Description, forum.Status, folding.Answers(published), folding.Respondents(published), items);
    }
}
