using Collaboration.Forums.Participants;

namespace Collaboration.Forums.Application;

/// <summary>
/// The reads: a series, an item with its results, and the results that moderation's carry-over and the participant's
/// reply card are computed from. It changes nothing.
/// </summary>
/// <param name="recentResults">Where a voter's card takes its totals from; null: computed afresh for every vote.</param>
public sealed class ResultsService(IForumStore store, RespondentKeys respondentKeys, RecentResults? recentResults = null)
{
    public async Task<Outcome<ForumSeries>> GetSeriesAsync(Guid seriesId, CancellationToken cancellationToken) =>
        await store.GetSeriesAsync(seriesId, cancellationToken) is { } series
            ? Outcome<ForumSeries>.Success(series)
            : Outcome<ForumSeries>.Failure(RejectionCode.SeriesNotFound);

    /// <summary>An item with its current results and, when <paramref name="user"/> is given, that user's own answer.</summary>
    public Task<Outcome<ItemView>> ViewItemAsync(Guid itemId, UserRef? user, CancellationToken cancellationToken) =>
        ViewItemAsync(itemId, user, recentTotals: false, cancellationToken);

    /// <param name="recentTotals">
    /// True for the card in reply to a participant's own action (joining the series): its totals may come from
    /// <see cref="RecentResults"/>, one interval old. Shared cards and a request for the results are computed now.
    /// </param>
    public async Task<Outcome<ItemView>> ViewItemAsync(Guid itemId, UserRef? user, bool recentTotals, CancellationToken cancellationToken)
    {
        var series = await store.GetSeriesOfItemAsync(itemId, cancellationToken);
        if (series?.FindItem(itemId) is not var (forum, item))
        {
            return Outcome<ItemView>.Failure(RejectionCode.ItemNotFound, itemId);
        }

        var participant = user is null ? null : await store.GetParticipantAsync(series.Id, user.Id, cancellationToken);
        Answer? mine = null;
        if (participant is not null && item.Spec is not NeedsCollectionSpec)
        {
            mine = (await store.GetResponseAsync(item.Id, respondentKeys.For(item, participant), cancellationToken))?.Answer;
        }

        var results = recentTotals ? await RecentResultsAsync(series, item, cancellationToken) : await ComputeResultsAsync(series, item, cancellationToken);
        return Outcome<ItemView>.Success(new ItemView(series, forum, item, results, participant, mine) { MyNeeds = await OwnNeedsAsync(item, participant, cancellationToken) });
    }

    public async Task<ItemResults> ComputeResultsAsync(ForumSeries series, ForumItem item, CancellationToken cancellationToken) => item.Spec switch
    {
        NeedsCollectionSpec => await ComputeNeedsAsync(series, item, cancellationToken),
        // Open answers are listed oldest first, so they are read one by one.
        OpenTextSpec => ResultsCalculator.Compute(item, await store.GetResponsesAsync(item.Id, cancellationToken), series),
        // Every other kind counted by the store: one row per different answer and group instead of one per respondent,
        // read once per card interval and item while people vote; the same results as from every answer.
        _ => ResultsCalculator.ComputeTallied(item, await store.TallyAnswersAsync(item.Id, cancellationToken), series),
    };

    /// <summary>
    /// The item as the card in reply to a participant's action shows it. Computing results reads every answer or need
    /// of the item, so the totals come from <see cref="RecentResults"/> when there is one: otherwise a burst of N votes,
    /// or a forum filling up with N needs, reads N²/2 rows.
    /// </summary>
    internal async Task<ItemView> ViewForReplyAsync(ForumSeries series, Forum forum, ForumItem item, Participant participant, Answer? mine, CancellationToken cancellationToken) =>
        new(series, forum, item, await RecentResultsAsync(series, item, cancellationToken), participant, mine) { MyNeeds = await OwnNeedsAsync(item, participant, cancellationToken) };

    // The author's own entries read by key (their own rows only), so a reply never reads the whole collection twice.
    private async Task<IReadOnlyList<OwnNeed>> OwnNeedsAsync(ForumItem item, Participant? participant, CancellationToken cancellationToken) =>
        participant is null || item.Spec is not NeedsCollectionSpec ? [] : await store.GetOwnNeedsAsync(item.Id, respondentKeys.For(item, participant), cancellationToken);

    private async Task<ItemResults> RecentResultsAsync(ForumSeries series, ForumItem item, CancellationToken cancellationToken) =>
        recentResults is null
            ? await ComputeResultsAsync(series, item, cancellationToken)
            // Shared by the actions of one interval, so no single participant's cancellation may cancel it.
            : await recentResults.GetAsync(item.Id, () => ComputeResultsAsync(series, item, CancellationToken.None));

    private async Task<NeedsResults> ComputeNeedsAsync(ForumSeries series, ForumItem item, CancellationToken cancellationToken) =>
        ResultsCalculator.ComputeNeeds(item, await store.GetNeedsAsync(item.Id, cancellationToken),
            await store.GetNeedSupportsAsync(item.Id, cancellationToken), series);
}
