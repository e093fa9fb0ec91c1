using Collaboration.Forums.Outbox;

namespace Collaboration.Forums.Application;

/// <summary>
/// A series' archive jobs as its moderator handles them: archive a forum now, list the jobs that failed, retry one.
/// Whether graph-sync runs in this process or another, the outbox is where both meet. The caller has checked that
/// the user moderates the series.
/// </summary>
public sealed class ArchiveService(IOutbox outbox, IIdSource ids, TimeProvider time)
{
    /// <returns>The number of the forum whose archive job was queued, or why none was.</returns>
    public async Task<Outcome<int>> EnqueueAsync(ForumSeries series, int forumNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.FindForum(forumNumber) is null)
        {
            return Outcome<int>.Failure(RejectionCode.ForumNotFound, forumNumber);
        }

        await outbox.EnqueueAsync(OutboxMessage.ArchiveForum(ids.NewId(), series.Id, forumNumber, time.GetUtcNow()), cancellationToken);
        return Outcome<int>.Success(forumNumber);
    }

    /// <summary>The archive jobs of the series that have failed for good and wait for a moderator.</summary>
    public async Task<IReadOnlyList<StuckArchive>> StuckAsync(Guid seriesId, CancellationToken cancellationToken)
    {
        var stuck = await outbox.ListStuckAsync(cancellationToken);
        return [.. stuck
            .Where(e => e.Kind == ArchiveForumPayload.Kind)
            .Select(e => (Payload: ArchiveForumPayload.Parse(e.Payload), Job: e))
            .Where(p => p.Payload.SeriesId == seriesId)
            .Select(p => new StuckArchive(p.Payload.ForumNumber, p.Job))];
    }

    /// <returns>The number of the forum whose job runs again; null when <paramref name="jobId"/> names no failed archive job of the series.</returns>
    public async Task<int?> RetryAsync(ForumSeries series, Guid jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);

        // A job id from a card is only trusted for a job of this very series.
        var job = (await StuckAsync(series.Id, cancellationToken)).FirstOrDefault(j => j.Job.Id == jobId);
        return job is not null && await outbox.RetryAsync(jobId, cancellationToken) ? job.ForumNumber : null;
    }
}

/// <summary>A failed archive job and the forum it was to archive.</summary>
public sealed record StuckArchive(int ForumNumber, OutboxEntry Job);
