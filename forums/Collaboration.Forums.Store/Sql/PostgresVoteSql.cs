using Collaboration.Forums.Items;
using Collaboration.Forums.Series;

namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// A batch of votes on PostgreSQL as the statements of one round trip (<see cref="Votes.PostgresVoteBatch"/>): two
/// locks, then per round one statement that checks and writes. The locks are statements of their own because in READ
/// COMMITTED a statement that waited for a lock still reads the other tables as of its start; the statement after
/// them takes its snapshot once they are granted, so it sees every change committed before.
/// </summary>
internal static class PostgresVoteSql
{
    /// <summary>
    /// Holds the series rows of the batch's items against change until the batch commits. Every change a moderator
    /// makes counts <c>series.revision</c> up, so a close either committed before this lock (and the check sees it) or
    /// waits for the batch.
    /// </summary>
    public const string LockSeries = """
        SELECT s.revision FROM series s
        JOIN forums f ON f.series_id = s.id
        JOIN items i ON i.forum_id = f.id
        WHERE i.id = ANY(@item_ids)
        FOR SHARE OF s
        """;

    /// <summary>
    /// Holds the kept voters' rows against change or erasure until the batch commits (an erasure on another instance
    /// either committed before, and the check sees the row gone, or waits for the batch).
    /// </summary>
    public const string LockVoters = """
        SELECT p.id FROM participants p
        JOIN unnest(@voter_ids, @voter_groups) AS c(id, group_key) ON p.id = c.id AND p.group_key = c.group_key
        FOR SHARE OF p
        """;

    /// <summary>
    /// Checks each vote of a round and writes those that pass, in one statement and so one snapshot: what decides a
    /// vote is exactly what its write saw. A vote is refused when its item or forum is not open (NotOpen, or Stale when it
    /// was decided on a kept series, so it is decided again on the stored one), when its series has another revision than
    /// the one it was decided at, or when the kept voter row or chat tie it was decided with no longer holds (Stale).
    /// The rest are upserted with the one conflict rule (<see cref="UpsertSql.ResponseConflictRule"/>). One row per vote:
    /// its index, why it was refused (or null), the stored revision (null when nothing was written: the same answer
    /// again, or older than the stored one; 1 for a first answer).
    /// </summary>
    public const string CheckAndWrite = $"""
        WITH v AS (
            SELECT * FROM unnest(@ns, @item_ids, @respondent_keys, @participant_ids, @group_keys, @answers, @updated_ats,
                @decided_at, @voter_ids, @voter_groups, @tie_conversation_ids, @tie_series_ids, @tie_sent_into)
                AS v(n, item_id, respondent_key, participant_id, group_key, answer, updated_at,
                    decided_at, voter_id, voter_group, tie_conversation_id, tie_series_id, tie_sent_into)
        ),
        checked AS (
            SELECT v.*, CASE
                WHEN s.revision IS NULL THEN CASE WHEN v.decided_at IS NULL THEN '{Refused.NotOpen}' ELSE '{Refused.Stale}' END
                WHEN v.decided_at <> s.revision THEN '{Refused.Stale}'
                WHEN v.voter_id IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM participants p WHERE p.id = v.voter_id AND p.group_key = v.voter_group) THEN '{Refused.Stale}'
                WHEN v.tie_conversation_id IS NOT NULL AND NOT CASE WHEN v.tie_sent_into
                    THEN EXISTS (SELECT 1 FROM fan_out_recipients r JOIN fan_outs fo ON fo.id = r.fan_out_id
                        WHERE r.personal_conversation_id = v.tie_conversation_id AND r.state = @sent AND fo.series_id = v.tie_series_id)
                    ELSE EXISTS (SELECT 1 FROM conversation_bindings b
                        WHERE b.conversation_id = v.tie_conversation_id AND b.series_id = v.tie_series_id)
                    END THEN '{Refused.Stale}'
                END AS refused
            FROM v
            LEFT JOIN items i ON i.id = v.item_id AND i.status = '{nameof(ItemStatus.Open)}'
            LEFT JOIN forums f ON f.id = i.forum_id AND f.status = '{nameof(ForumStatus.Open)}'
            LEFT JOIN series s ON s.id = f.series_id
        ),
        written AS (
            INSERT INTO responses (item_id, respondent_key, participant_id, group_key, answer, updated_at, revision)
            SELECT item_id, respondent_key, participant_id, group_key, answer, updated_at, 1 FROM checked WHERE refused IS NULL
            {UpsertSql.ResponseConflictRule}
            RETURNING item_id, respondent_key, revision
        )
        SELECT c.n, c.refused, w.revision FROM checked c
        LEFT JOIN written w ON w.item_id = c.item_id AND w.respondent_key = c.respondent_key
        """;

    /// <summary>Why <see cref="CheckAndWrite"/> wrote a vote not.</summary>
    public static class Refused
    {
        public const string NotOpen = nameof(NotOpen);
        public const string Stale = nameof(Stale);
    }
}
