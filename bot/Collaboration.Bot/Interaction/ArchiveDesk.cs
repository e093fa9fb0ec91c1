using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Localization;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Series;
using Collaboration.Forums.Validation;

namespace Collaboration.Bot.Interaction;

/// <summary>
/// The moderator's view of a series' archive jobs: archive a forum now, see the jobs that failed, retry one.
/// Whether graph-sync runs in this process or another, the outbox is where both meet.
/// </summary>
internal sealed class ArchiveDesk(IOutbox outbox, TimeProvider time)
{
    public async Task<AdaptiveCard> EnqueueAsync(BotText text, ForumSeries series, int forumNumber, CancellationToken cancellationToken)
    {
        if (series.FindForum(forumNumber) is null)
        {
            return NoticeCards.Refusal(text, new Rejection(RejectionCode.ForumNotFound, forumNumber));
        }

        await outbox.EnqueueAsync(OutboxMessage.ArchiveForum(Guid.NewGuid(), series.Id, forumNumber, time.GetUtcNow()), cancellationToken);
        return NoticeCards.Success(text, text.Format("Archive.Queued", forumNumber));
    }

    public async Task<AdaptiveCard> StuckAsync(BotText text, ForumSeries series, CancellationToken cancellationToken) =>
        ArchiveCards.Stuck(text, series.Id, await StuckJobsAsync(series.Id, cancellationToken));

    /// <summary>Retries a failed archive job of <paramref name="series"/>; the gate has checked that the user moderates it.</summary>
    public async Task<AdaptiveCard> RetryAsync(BotText text, ForumSeries series, Guid jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);

        // A job id from a card is only trusted for a job of this very series.
        var job = (await StuckJobsAsync(series.Id, cancellationToken)).FirstOrDefault(j => j.Job.Id == jobId);
        if (job.Job is null || !await outbox.RetryAsync(jobId, cancellationToken))
        {
            return NoticeCards.Info(text, text["Archive.NothingToRetry"]);
        }

        return NoticeCards.Success(text, text.Format("Archive.Retried", job.ForumNumber));
    }

    private async Task<IReadOnlyList<(int ForumNumber, OutboxEntry Job)>> StuckJobsAsync(Guid seriesId, CancellationToken cancellationToken)
    {
        var stuck = await outbox.ListStuckAsync(cancellationToken);
        return [.. stuck
            .Where(e => e.Kind == ArchiveForumPayload.Kind)
            .Select(e => (Payload: ArchiveForumPayload.Parse(e.Payload), Job: e))
            .Where(p => p.Payload.SeriesId == seriesId)
            .Select(p => (p.Payload.ForumNumber, p.Job))];
    }
}
