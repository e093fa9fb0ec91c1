namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// The fan-out's claims in one statement per provider, like <see cref="OutboxSql"/>: choosing rows and marking them
/// leased cannot be split by another bot instance. Parameters: @now, @state (pending), @leased_until, @lease_owner, @max.
/// </summary>
internal static class FanOutSql
{
    private const string RecipientColumns =
        "fan_out_id, user_id, teams_id, name, state, personal_conversation_id, activity_id, attempts, next_attempt_at, leased_until, lease_owner, last_error, updated_at";

    private const string FanOutColumns =
        "id, series_id, item_id, kind, reminds_of, source_conversation_id, source_reference, requested_by, created_at, roster_read_at, roster_leased_until, roster_lease_owner, completed_at";

    private const string DueRecipients = """
        SELECT fan_out_id, user_id FROM fan_out_recipients
        WHERE state = @state AND next_attempt_at <= @now AND (leased_until IS NULL OR leased_until <= @now)
        ORDER BY next_attempt_at, fan_out_id, user_id
        LIMIT @max
        """;

    private const string DueRosters = """
        SELECT id FROM fan_outs
        WHERE completed_at IS NULL AND roster_read_at IS NULL AND (roster_leased_until IS NULL OR roster_leased_until <= @now)
        ORDER BY created_at, id
        LIMIT 10
        """;

    /// <summary>
    /// SKIP LOCKED lets a second instance take the next members instead of waiting for the first one's; a member whose
    /// row another instance leased meanwhile is re-checked on its new version (READ COMMITTED) and left alone.
    /// </summary>
    public const string ClaimPostgres = $"""
        WITH due AS ({DueRecipients} FOR UPDATE SKIP LOCKED)
        UPDATE fan_out_recipients AS r
        SET leased_until = @leased_until, lease_owner = @lease_owner, attempts = r.attempts + 1
        FROM due
        WHERE r.fan_out_id = due.fan_out_id AND r.user_id = due.user_id
        RETURNING r.fan_out_id, r.user_id, r.teams_id, r.name, r.state, r.personal_conversation_id, r.activity_id, r.attempts,
                  r.next_attempt_at, r.leased_until, r.lease_owner, r.last_error, r.updated_at
        """;

    /// <summary>SQLite runs one writer at a time and this UPDATE takes the write lock before it reads.</summary>
    public const string ClaimSqlite = $"""
        UPDATE fan_out_recipients
        SET leased_until = @leased_until, lease_owner = @lease_owner, attempts = attempts + 1
        WHERE (fan_out_id, user_id) IN ({DueRecipients})
        RETURNING {RecipientColumns}
        """;

    public const string LeaseRosterPostgres = $"""
        WITH due AS ({DueRosters} FOR UPDATE SKIP LOCKED)
        UPDATE fan_outs AS f
        SET roster_leased_until = @leased_until, roster_lease_owner = @lease_owner
        FROM due
        WHERE f.id = due.id
        RETURNING f.id, f.series_id, f.item_id, f.kind, f.reminds_of, f.source_conversation_id, f.source_reference, f.requested_by,
                  f.created_at, f.roster_read_at, f.roster_leased_until, f.roster_lease_owner, f.completed_at
        """;

    public const string LeaseRosterSqlite = $"""
        UPDATE fan_outs
        SET roster_leased_until = @leased_until, roster_lease_owner = @lease_owner
        WHERE id IN ({DueRosters})
        RETURNING {FanOutColumns}
        """;

    /// <summary>
    /// Two instances finishing the last members at once both run this; PostgreSQL makes the second wait for the first's
    /// row lock and then re-check completed_at, so only one of them gets the row back and reports the fan-out.
    /// </summary>
    public const string CompleteFinished = $"""
        UPDATE fan_outs
        SET completed_at = @now
        WHERE completed_at IS NULL AND roster_read_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM fan_out_recipients r WHERE r.fan_out_id = fan_outs.id AND r.state = @state)
        RETURNING {FanOutColumns}
        """;

    /// <summary>Re-reading a roster after a restart meets members stored already; they keep their state.</summary>
    public static string InsertRecipients(int rows)
    {
        var values = Enumerable.Range(0, rows).Select(i =>
            $"(@fan_out_id, @user_id_{i}, @teams_id_{i}, @name_{i}, @state, 0, @now, @now)");
        return $"""
            INSERT INTO fan_out_recipients (fan_out_id, user_id, teams_id, name, state, attempts, next_attempt_at, updated_at)
            VALUES {string.Join(",\n", values)}
            ON CONFLICT (fan_out_id, user_id) DO NOTHING
            """;
    }
}
