namespace Collaboration.Bot.Interaction;

/// <summary>
/// The moderator's archive requests (archive a forum now, list the failed jobs, retry one) turned into cards; the
/// domain's <see cref="ArchiveService"/> decides.
/// </summary>
internal sealed class ArchiveRequests(ArchiveService archives)
{
    public async Task<AdaptiveCard> EnqueueAsync(BotText text, ForumSeries series, int forumNumber, CancellationToken cancellationToken)
    {
        var queued = await archives.EnqueueAsync(series, forumNumber, cancellationToken);
        return queued.Succeeded
            ? NoticeCards.Success(text, text.Format("Archive.Queued", queued.Value))
            : NoticeCards.Refusal(text, queued.Rejection);
    }

    public async Task<AdaptiveCard> StuckAsync(BotText text, ForumSeries series, CancellationToken cancellationToken) =>
        ArchiveCards.Stuck(text, series.Id, await archives.StuckAsync(series.Id, cancellationToken));

    /// <summary>Retries a failed archive job of <paramref name="series"/>; the gate has checked that the user moderates it.</summary>
    public async Task<AdaptiveCard> RetryAsync(BotText text, ForumSeries series, Guid jobId, CancellationToken cancellationToken) =>
        await archives.RetryAsync(series, jobId, cancellationToken) is { } forumNumber
            ? NoticeCards.Success(text, text.Format("Archive.Retried", forumNumber))
            : NoticeCards.Info(text, text["Archive.NothingToRetry"]);
}
