using Collaboration.Forums.Store.Sql;

namespace Collaboration.Forums.Store;

internal sealed class EfMeetingEventLog(IDbContextFactory<ForumDbContext> contexts, TimeProvider time) : IMeetingEventLog
{
    public async Task<bool> ClaimAsync(MeetingEventClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentException.ThrowIfNullOrEmpty(claim.MeetingId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parameters = new ModelParameters<MeetingEventEntity>(db)
            .Add(nameof(MeetingEventEntity.MeetingId), claim.MeetingId)
            .Add(nameof(MeetingEventEntity.Kind), claim.Kind.ToString())
            .Add(nameof(MeetingEventEntity.OccurredAt), claim.OccurredAt)
            .Add(nameof(MeetingEventEntity.SeriesId), claim.SeriesId)
            .Add(nameof(MeetingEventEntity.ClaimedAt), time.GetUtcNow());
        // The primary key decides between concurrent claims: the database lets exactly one insert through.
        return await db.Database.ExecuteThroughStrategyAsync(UpsertSql.MeetingEvent, parameters.ToArray(), cancellationToken) == 1;
    }
}
