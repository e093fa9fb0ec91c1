using Collaboration.Forums.Delivery;
using Collaboration.Forums.Store.Configuration;
using Collaboration.Forums.Store.Mapping;
using Collaboration.Forums.Store.Postgres;
using Collaboration.Forums.Store.Sql;

namespace Collaboration.Forums.Store;

/// <summary>Fan-outs and their recipients on either provider; one DbContext per call, like <see cref="EfOutbox"/>.</summary>
internal sealed class EfFanOutStore(IDbContextFactory<ForumDbContext> contexts, KeptBindings kept, TimeProvider time) : IFanOutStore
{
    // Rows per INSERT: a roster page of Teams' largest size (500) in a few statements, far below both providers' parameter limits.
    private const int InsertChunk = 250;

    public async Task AddAsync(FanOut fanOut, IReadOnlyList<FanOutRecipient> recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fanOut);
        ArgumentNullException.ThrowIfNull(recipients);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.FanOuts.Add(FanOutMapping.ToEntity(fanOut));
        db.FanOutRecipients.AddRange(recipients.Select(r => FanOutMapping.ToEntity(r, now)));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<FanOut?> GetAsync(Guid fanOutId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.FanOuts.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fanOutId, cancellationToken);
        return entity is null ? null : FanOutMapping.ToDomain(entity);
    }

    public async Task<FanOut?> GetLatestAsync(Guid itemId, FanOutKind kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.FanOuts.AsNoTracking().Where(f => f.ItemId == itemId && f.Kind == kind)
            .OrderByDescending(f => f.CreatedAt).ThenBy(f => f.Id).FirstOrDefaultAsync(cancellationToken);
        return entity is null ? null : FanOutMapping.ToDomain(entity);
    }

    public async Task<FanOut?> GetLatestFromAsync(Guid itemId, string sourceConversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.FanOuts.AsNoTracking().Where(f => f.ItemId == itemId && f.SourceConversationId == sourceConversationId)
            .OrderByDescending(f => f.CreatedAt).ThenBy(f => f.Id).FirstOrDefaultAsync(cancellationToken);
        return entity is null ? null : FanOutMapping.ToDomain(entity);
    }

    public async Task<bool> HasUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FanOuts.AsNoTracking().AnyAsync(f => f.CompletedAt == null, cancellationToken);
    }

    public async Task<IReadOnlyList<FanOut>> LeaseRosterAsync(string owner, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parameters = new ModelParameters<FanOutEntity>(db)
            .Add(nameof(FanOutEntity.CreatedAt), now, "now")
            .Add(nameof(FanOutEntity.RosterLeasedUntil), now + leaseFor, "leased_until")
            .Add(nameof(FanOutEntity.RosterLeaseOwner), owner, "lease_owner");
        var sql = db is PostgresForumDbContext ? FanOutSql.LeaseRosterPostgres : FanOutSql.LeaseRosterSqlite;
        var leased = await db.FanOuts.FromSqlRaw(sql, parameters.ToArray()).AsNoTracking().ToListAsync(cancellationToken);
        return [.. leased.OrderBy(f => f.CreatedAt).Select(FanOutMapping.ToDomain)];
    }

    public async Task AddRecipientsAsync(Guid fanOutId, IReadOnlyList<FanOutRecipient> recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in recipients.DistinctBy(r => r.UserId).Chunk(InsertChunk))
        {
            var parameters = new ModelParameters<FanOutRecipientEntity>(db)
                .Add(nameof(FanOutRecipientEntity.FanOutId), fanOutId)
                .Add(nameof(FanOutRecipientEntity.State), RecipientState.Pending)
                .Add(nameof(FanOutRecipientEntity.UpdatedAt), now, "now");
            for (var i = 0; i < chunk.Length; i++)
            {
                parameters
                    .Add(nameof(FanOutRecipientEntity.UserId), chunk[i].UserId, $"user_id_{i}")
                    .Add(nameof(FanOutRecipientEntity.TeamsId), chunk[i].TeamsId, $"teams_id_{i}")
                    .Add(nameof(FanOutRecipientEntity.Name), Trim(chunk[i].Name, StoreLimits.IdLength), $"name_{i}");
            }

            await db.Database.ExecuteThroughStrategyAsync(FanOutSql.InsertRecipients(chunk.Length), parameters.ToArray(), cancellationToken);
        }
    }

    public async Task CompleteRosterAsync(Guid fanOutId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.FanOuts.Where(f => f.Id == fanOutId && f.RosterReadAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(f => f.RosterReadAt, now).SetProperty(f => f.RosterLeasedUntil, (DateTimeOffset?)null).SetProperty(f => f.RosterLeaseOwner, (string?)null),
            cancellationToken);
    }

    public async Task<IReadOnlyList<FanOutRecipient>> ClaimAsync(string owner, int max, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseFor, TimeSpan.Zero);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parameters = new ModelParameters<FanOutRecipientEntity>(db)
            .Add(nameof(FanOutRecipientEntity.NextAttemptAt), now, "now")
            .Add(nameof(FanOutRecipientEntity.State), RecipientState.Pending)
            .Add(nameof(FanOutRecipientEntity.LeasedUntil), now + leaseFor)
            .Add(nameof(FanOutRecipientEntity.LeaseOwner), owner)
            .Add(nameof(FanOutRecipientEntity.Attempts), max, "max");
        var sql = db is PostgresForumDbContext ? FanOutSql.ClaimPostgres : FanOutSql.ClaimSqlite;
        var claimed = await db.FanOutRecipients.FromSqlRaw(sql, parameters.ToArray()).AsNoTracking().ToListAsync(cancellationToken);
        return [.. claimed.Select(FanOutMapping.ToDomain)];
    }

    public async Task SaveConversationAsync(Guid fanOutId, string userId, string conversationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await Recipient(db, fanOutId, userId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.PersonalConversationId, conversationId).SetProperty(r => r.UpdatedAt, now), cancellationToken);
    }

    public async Task<bool> MarkSentAsync(Guid fanOutId, string userId, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await Recipient(db, fanOutId, userId).Where(r => r.State == RecipientState.Pending).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.State, RecipientState.Sent)
                .SetProperty(r => r.PersonalConversationId, conversationId)
                .SetProperty(r => r.ActivityId, activityId)
                .SetProperty(r => r.LastError, (string?)null)
                .SetProperty(r => r.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(r => r.LeaseOwner, (string?)null)
                .SetProperty(r => r.UpdatedAt, now),
            cancellationToken);
        return updated == 1;
    }

    public async Task DeferAsync(Guid fanOutId, string userId, string failure, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var now = time.GetUtcNow();
        var trimmed = Trim(failure, OutboxConfiguration.ErrorLength);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await Recipient(db, fanOutId, userId).Where(r => r.State == RecipientState.Pending).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.LastError, trimmed)
                .SetProperty(r => r.NextAttemptAt, nextAttemptAt)
                .SetProperty(r => r.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(r => r.LeaseOwner, (string?)null)
                .SetProperty(r => r.UpdatedAt, now),
            cancellationToken);
    }

    public async Task ReleaseClaimsAsync(string owner, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.FanOutRecipients.Where(r => r.LeaseOwner == owner && r.State == RecipientState.Pending).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.LeasedUntil, (DateTimeOffset?)null).SetProperty(r => r.LeaseOwner, (string?)null),
            cancellationToken);
    }

    public async Task MarkUnreachableAsync(Guid fanOutId, string userId, string failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var now = time.GetUtcNow();
        var trimmed = Trim(failure, OutboxConfiguration.ErrorLength);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await Recipient(db, fanOutId, userId).Where(r => r.State == RecipientState.Pending).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.State, RecipientState.Unreachable)
                .SetProperty(r => r.LastError, trimmed)
                .SetProperty(r => r.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(r => r.LeaseOwner, (string?)null)
                .SetProperty(r => r.UpdatedAt, now),
            cancellationToken);
    }

    public async Task<IReadOnlyList<FanOut>> CompleteFinishedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parameters = new ModelParameters<FanOutRecipientEntity>(db)
            .Add(nameof(FanOutRecipientEntity.UpdatedAt), time.GetUtcNow(), "now")
            .Add(nameof(FanOutRecipientEntity.State), RecipientState.Pending);
        var completed = await db.FanOuts.FromSqlRaw(FanOutSql.CompleteFinished, parameters.ToArray()).AsNoTracking().ToListAsync(cancellationToken);
        return [.. completed.OrderBy(f => f.CreatedAt).Select(FanOutMapping.ToDomain)];
    }

    public async Task<IReadOnlyList<FanOutRecipient>> GetRecipientsAsync(Guid fanOutId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recipients = await db.FanOutRecipients.AsNoTracking().Where(r => r.FanOutId == fanOutId).OrderBy(r => r.UserId).ToListAsync(cancellationToken);
        return [.. recipients.Select(FanOutMapping.ToDomain)];
    }

    public async Task<Guid?> GetSeriesOfPersonalConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FanOutRecipients.AsNoTracking()
            .Where(r => r.PersonalConversationId == conversationId && r.State == RecipientState.Sent)
            .Join(db.FanOuts, r => r.FanOutId, f => f.Id, (r, f) => f)
            .OrderByDescending(f => f.CreatedAt)
            .Select(f => (Guid?)f.SeriesId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> HasSentIntoAsync(Guid seriesId, string personalConversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sent = await db.FanOutRecipients.AsNoTracking()
            .Where(r => r.PersonalConversationId == personalConversationId && r.State == RecipientState.Sent)
            .Join(db.FanOuts, r => r.FanOutId, f => f.Id, (r, f) => f)
            .AnyAsync(f => f.SeriesId == seriesId, cancellationToken);
        kept.KeepSentInto(seriesId, personalConversationId, sent);
        return sent;
    }

    /// <summary>What this instance kept without reading it; a vote's batch checks it (<see cref="KeptBindings"/>).</summary>
    public async Task<bool> HasKeptSentIntoAsync(Guid seriesId, string personalConversationId, CancellationToken cancellationToken) =>
        kept.SentInto(seriesId, personalConversationId) || await HasSentIntoAsync(seriesId, personalConversationId, cancellationToken);

    private static IQueryable<FanOutRecipientEntity> Recipient(ForumDbContext db, Guid fanOutId, string userId) =>
        db.FanOutRecipients.Where(r => r.FanOutId == fanOutId && r.UserId == userId);

    private static string Trim(string text, int length) => text.Length > length ? text[..length] : text;
}
