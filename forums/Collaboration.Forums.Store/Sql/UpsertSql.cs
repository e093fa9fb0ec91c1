namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// The single-statement writes. Each is one INSERT ... ON CONFLICT, which both SQLite (3.35+) and PostgreSQL run
/// atomically against the unique key, so concurrent deliveries cannot race between a read and a write.
/// </summary>
internal static class UpsertSql
{
    /// <summary>
    /// Inserts the answer with revision 1, or replaces it and counts the revision up, but only when the answer differs
    /// and the write is not older than the stored one (a late Teams retry must not undo a newer vote). RETURNING yields
    /// no row when nothing was written, revision 1 for an insert, more for an update: one round trip tells all three.
    /// </summary>
    public const string Response = $"""
        INSERT INTO responses (item_id, respondent_key, participant_id, group_key, answer, updated_at, revision)
        VALUES (@item_id, @respondent_key, @participant_id, @group_key, @answer, @updated_at, 1)
        {ResponseConflictRule}
        RETURNING item_id, respondent_key, participant_id, group_key, answer, updated_at, revision
        """;

    /// <summary>
    /// What a vote does to an answer already stored: the one rule of <see cref="Response"/>, also used by PostgreSQL's
    /// write of a whole batch (<see cref="PostgresVoteSql.CheckAndWrite"/>), so both paths decide alike.
    /// </summary>
    public const string ResponseConflictRule = """
        ON CONFLICT (item_id, respondent_key) DO UPDATE
        SET participant_id = excluded.participant_id,
            group_key = excluded.group_key,
            answer = excluded.answer,
            updated_at = excluded.updated_at,
            revision = responses.revision + 1
        WHERE responses.answer IS DISTINCT FROM excluded.answer
          AND responses.updated_at <= excluded.updated_at
        """;

    /// <summary>Onboarding again changes the declaration, never the id or the join time; RETURNING hands back the stored row.</summary>
    public const string Participant = """
        INSERT INTO participants (id, series_id, user_id, display_name, group_key, organisation, municipality, joined_at)
        VALUES (@id, @series_id, @user_id, @display_name, @group_key, @organisation, @municipality, @joined_at)
        ON CONFLICT (series_id, user_id) DO UPDATE
        SET display_name = excluded.display_name,
            group_key = excluded.group_key,
            organisation = excluded.organisation,
            municipality = excluded.municipality
        RETURNING id, series_id, user_id, display_name, group_key, organisation, municipality, joined_at
        """;

    /// <summary>The affected-row count (1 or 0) says whether the entry was filed.</summary>
    public const string NeedEntry = """
        INSERT INTO need_entries (id, item_id, respondent_key, participant_id, group_key, kind, topic_key, text, client_key, created_at)
        VALUES (@id, @item_id, @respondent_key, @participant_id, @group_key, @kind, @topic_key, @text, @client_key, @created_at)
        ON CONFLICT (item_id, respondent_key, client_key) DO NOTHING
        """;

    public const string NeedSupport = """
        INSERT INTO need_supports (need_id, respondent_key, created_at)
        VALUES (@need_id, @respondent_key, @created_at)
        ON CONFLICT (need_id, respondent_key) DO NOTHING
        """;

    public const string ConversationBinding = """
        INSERT INTO conversation_bindings (conversation_id, series_id, reference, updated_at)
        VALUES (@conversation_id, @series_id, @reference, @updated_at)
        ON CONFLICT (conversation_id) DO UPDATE
        SET series_id = excluded.series_id,
            reference = excluded.reference,
            updated_at = excluded.updated_at
        """;

    /// <summary>The affected-row count (1 or 0) says whether this claim was the first.</summary>
    public const string MeetingEvent = """
        INSERT INTO meeting_events (meeting_id, kind, occurred_at, series_id, claimed_at)
        VALUES (@meeting_id, @kind, @occurred_at, @series_id, @claimed_at)
        ON CONFLICT (meeting_id, kind, occurred_at) DO NOTHING
        """;

    public const string CardPost = """
        INSERT INTO card_posts (item_id, conversation_id, activity_id, posted_at)
        VALUES (@item_id, @conversation_id, @activity_id, @posted_at)
        ON CONFLICT (item_id, conversation_id, activity_id) DO NOTHING
        """;
}
