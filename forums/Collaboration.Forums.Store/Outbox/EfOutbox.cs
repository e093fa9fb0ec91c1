using Collaboration.Forums.Outbox;
using Collaboration.Forums.Store.Configuration;
using Collaboration.Forums.Store.Mapping;
using Collaboration.Forums.Store.Postgres;
using Collaboration.Forums.Store.Sql;

namespace Collaboration.Forums.Store.Outbox;

/// <summary>The outbox table on either provider; one DbContext per call, like <see cref="EfForumStore"/>.</summary>
internal sealed class EfOutbox(IDbContextFactory<ForumDbContext> contexts, TimeProvider time) : IOutbox
{
    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = OutboxMapping.ToEntity(message);
        var parameters = new ModelParameters<OutboxEntity>(db)
            .Add(nameof(OutboxEntity.Id), entity.Id)
            .Add(nameof(OutboxEntity.Kind), entity.Kind)
            .Add(nameof(OutboxEntity.Payload), entity.Payload)
            .Add(nameof(OutboxEntity.CreatedAt), entity.CreatedAt)
            .Add(nameof(OutboxEntity.NextAttemptAt), entity.NextAttemptAt);
        return await db.Database.ExecuteThroughStrategyAsync(OutboxSql.InsertIfAbsent, parameters.ToArray(), cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<OutboxEntry>> LeaseAsync(
        string owner, IReadOnlyCollection<string> kinds, int max, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseFor, TimeSpan.Zero);
        if (kinds.Count == 0)
        {
            return [];
        }

        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // A read first: the lease is an UPDATE, which on SQLite takes the database's one write lock even when no row is
        // due, so an idle worker polling with it would write (and block a vote) every poll. Rows that become due
        // between the look and the lease are leased by the next poll; the lease itself still decides who gets a row.
        var kindList = kinds.ToList();
        if (!await db.Outbox.AsNoTracking().AnyAsync(o => o.DoneAt == null && !o.Poison && o.NextAttemptAt <= now
                && (o.LeasedUntil == null || o.LeasedUntil <= now) && kindList.Contains(o.Kind), cancellationToken))
        {
            return [];
        }

        var parameters = new ModelParameters<OutboxEntity>(db)
            .Add(nameof(OutboxEntity.NextAttemptAt), now, "now")
            .Add(nameof(OutboxEntity.LeasedUntil), now + leaseFor)
            .Add(nameof(OutboxEntity.LeaseOwner), owner)
            .Add(nameof(OutboxEntity.Attempts), max, "max");
        var kindNames = kinds.Select((kind, index) =>
        {
            var name = $"kind{index}";
            parameters.Add(nameof(OutboxEntity.Kind), kind, name);
            return "@" + name;
        }).ToList();
        var sql = db is PostgresForumDbContext ? OutboxSql.LeasePostgres(kindNames) : OutboxSql.LeaseSqlite(kindNames);
        var leased = await db.Outbox.FromSqlRaw(sql, parameters.ToArray()).AsNoTracking().ToListAsync(cancellationToken);
        return [.. leased.OrderBy(o => o.NextAttemptAt).ThenBy(o => o.Id).Select(OutboxMapping.ToDomain)];
    }

    public async Task<bool> ExtendLeaseAsync(Guid id, string owner, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.Outbox
            .Where(o => o.Id == id && o.LeaseOwner == owner && o.DoneAt == null && o.LeasedUntil != null && o.LeasedUntil > now)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeasedUntil, now + leaseFor), cancellationToken);
        return updated == 1;
    }

    public async Task<bool> CompleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.Outbox.Where(o => o.Id == id && o.DoneAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(o => o.DoneAt, now).SetProperty(o => o.LeasedUntil, (DateTimeOffset?)null).SetProperty(o => o.LeaseOwner, (string?)null),
            cancellationToken);
        return updated == 1;
    }

    public async Task<bool> FailAsync(Guid id, string failure, DateTimeOffset nextAttemptAt, bool poison, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var trimmed = failure.Length > OutboxConfiguration.ErrorLength ? failure[..OutboxConfiguration.ErrorLength] : failure;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.Outbox.Where(o => o.Id == id && o.DoneAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(o => o.LastError, trimmed)
                .SetProperty(o => o.NextAttemptAt, nextAttemptAt)
                .SetProperty(o => o.Poison, poison)
                .SetProperty(o => o.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(o => o.LeaseOwner, (string?)null),
            cancellationToken);
        return updated == 1;
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListStuckAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stuck = await db.Outbox.AsNoTracking()
            .Where(o => o.DoneAt == null && (o.Poison || o.LastError != null))
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        return [.. stuck.Select(OutboxMapping.ToDomain)];
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Outbox.AsNoTracking()
            .Where(o => o.DoneAt == null)
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        return [.. open.Select(OutboxMapping.ToDomain)];
    }

    public async Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.Outbox.Where(o => o.Id == id && o.DoneAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(o => o.Poison, false)
                .SetProperty(o => o.Attempts, 0)
                .SetProperty(o => o.NextAttemptAt, now)
                .SetProperty(o => o.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(o => o.LeaseOwner, (string?)null),
            cancellationToken);
        return updated == 1;
    }

    public async Task<OutboxEntry?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return entity is null ? null : OutboxMapping.ToDomain(entity);
    }
}
