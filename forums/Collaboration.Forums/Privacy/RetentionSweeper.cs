namespace Collaboration.Forums.Privacy;

/// <summary>
/// One retention sweep: removes the personal data of every series whose period ended (<see cref="Retention.DueAt"/>),
/// drops finished fan-out rosters, purges finished outbox messages and deletes expired served files. Safe to run in several instances at once:
/// each step is idempotent and a series already done is skipped.
/// </summary>
public sealed class RetentionSweeper(IRetentionStore store, TimeProvider time)
{
    public async Task<RetentionReport> SweepAsync(TimeSpan outboxKeep, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await store.StampUnknownCloseTimesAsync(now, cancellationToken);
        var expired = 0;
        foreach (var candidate in await store.GetCandidatesAsync(cancellationToken))
        {
            if (Retention.DueAt(candidate.Series, candidate.ClosedAt) is { } due && due <= now
                && await store.RemovePersonalDataAsync(candidate.Series.Id, now, cancellationToken))
            {
                expired++;
            }
        }

        var rosters = await store.DropFinishedRostersAsync(cancellationToken);
        var purged = await store.PurgeFinishedOutboxAsync(now - outboxKeep, cancellationToken);
        var files = await store.RemoveExpiredFilesAsync(now, cancellationToken);
        return new RetentionReport(expired, rosters, purged, files);
    }
}
