namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// Leasing in one statement per provider, so choosing and marking the rows cannot be split by another leaser.
/// Parameters: @now, @leased_until, @lease_owner, @max, and one parameter per leased kind (named by the caller).
/// </summary>
internal static class OutboxSql
{
    /// <summary>Both providers know ON CONFLICT (SQLite since 3.24); an existing id leaves the row as it is.</summary>
    public const string InsertIfAbsent = """
        INSERT INTO outbox (id, kind, payload, created_at, attempts, next_attempt_at, poison)
        VALUES (@id, @kind, @payload, @created_at, 0, @next_attempt_at, FALSE)
        ON CONFLICT (id) DO NOTHING
        """;

    private static string Due(IEnumerable<string> kindParameters) => $"""
        done_at IS NULL AND NOT poison AND next_attempt_at <= @now
        AND (leased_until IS NULL OR leased_until <= @now)
        AND kind IN ({string.Join(", ", kindParameters)})
        """;

    private const string Columns = "id, kind, payload, created_at, attempts, next_attempt_at, leased_until, lease_owner, done_at, last_error, poison";

    /// <summary>
    /// PostgreSQL: the CTE locks the chosen rows and SKIP LOCKED lets a concurrent leaser take the next ones instead
    /// of waiting. A leaser whose snapshot predates another's commit re-checks the locked row's new version (READ
    /// COMMITTED), sees the live lease and leaves it.
    /// </summary>
    public static string LeasePostgres(IEnumerable<string> kindParameters) => $"""
        WITH due AS (
            SELECT id FROM outbox
            WHERE {Due(kindParameters)}
            ORDER BY next_attempt_at, id
            LIMIT @max
            FOR UPDATE SKIP LOCKED)
        UPDATE outbox AS o
        SET leased_until = @leased_until, lease_owner = @lease_owner, attempts = o.attempts + 1
        FROM due
        WHERE o.id = due.id
        RETURNING o.id, o.kind, o.payload, o.created_at, o.attempts, o.next_attempt_at, o.leased_until, o.lease_owner, o.done_at, o.last_error, o.poison
        """;

    /// <summary>
    /// SQLite has no row locks, but it runs one writer at a time and this UPDATE takes the write lock before it reads,
    /// so choosing and marking the rows is atomic against every other leaser.
    /// </summary>
    public static string LeaseSqlite(IEnumerable<string> kindParameters) => $"""
        UPDATE outbox
        SET leased_until = @leased_until, lease_owner = @lease_owner, attempts = attempts + 1
        WHERE id IN (
            SELECT id FROM outbox
            WHERE {Due(kindParameters)}
            ORDER BY next_attempt_at, id
            LIMIT @max)
        RETURNING {Columns}
        """;
}
