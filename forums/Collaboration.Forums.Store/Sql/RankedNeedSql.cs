namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// An item's needs that stand, ranked by the database in <c>ResultsCalculator.Rank</c>'s order as far as SQL can:
/// supporters descending (counted by <see cref="NeedSupporterSql"/>), age, shown text by code point, id; rank as
/// <c>RANK()</c> over the supporters, which is the domain's "1224" ranking. Text by code point is SQLite's BINARY and
/// PostgreSQL's "C" collation; <c>RankedNeedOrder</c> turns it into the domain's order by UTF-16 code unit. Each need
/// comes with one row per need merged into it (oldest first, then id), or one row with empty source columns. The
/// topic and kind filter (null: all) is applied after the ranks, so a chapter by topic and kind shows the same ranks.
/// Columns: id, kind, topic, shown text, created, supporters, rank, own text, then the source's id, kind, topic, text.
/// </summary>
internal static class RankedNeedSql
{
    public const string Sqlite = Select + " BINARY, r.id, src.created_at, src.id";

    public const string Postgres = Select + " \"C\", r.id, src.created_at, src.id";

    private const string Select = "WITH " + NeedSupporterSql.Counted + """
        , ranked AS (
            SELECT n.id, n.kind, n.topic_key, COALESCE(n.merged_text, n.text) AS shown_text, n.created_at, c.supporters,
                RANK() OVER (ORDER BY c.supporters DESC) AS ranked, n.text
            FROM counted c JOIN need_entries n ON n.id = c.standing
        )
        SELECT r.id, r.kind, r.topic_key, r.shown_text, r.created_at, r.supporters, r.ranked, r.text,
            src.id, src.kind, src.topic_key, src.text
        FROM ranked r
        LEFT JOIN members m ON m.standing = r.id AND m.id <> r.id
        LEFT JOIN need_entries src ON src.id = m.id
        WHERE (@topic_key IS NULL OR r.topic_key = @topic_key) AND (@kind IS NULL OR r.kind = @kind)
        ORDER BY r.supporters DESC, r.created_at, r.shown_text COLLATE
        """;
}
