using Collaboration.Forums.Items;

namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// An item's needs that stand, ranked by the database in <c>ResultsCalculator.Rank</c>'s order as far as SQL can:
/// supporters descending (counted by <see cref="NeedSupporterSql"/>), age, shown text by code point, id; rank as
/// <c>RANK()</c> over the supporters, which is the domain's "1224" ranking. Text by code point is SQLite's BINARY and
/// PostgreSQL's "C" collation; <c>RankedNeedOrder</c> turns it into the domain's order by UTF-16 code unit. Each need
/// comes with one row per need merged into it (oldest first, then id; the members of <see cref="NeedSupporterSql"/>
/// whose standing need it is, found by the index on merged_into_id), or one row with empty source columns.
/// Columns: id, kind (its position in the enum), topic, shown text, created, supporters, rank, own text, then the source's id, kind, topic, text.
/// </summary>
internal static class RankedNeedSql
{
    private const string Select = "WITH " + NeedSupporterSql.Counted + """
        , ranked AS (
            SELECT n.id, n.kind, n.topic_key, COALESCE(n.merged_text, n.text) AS shown_text, n.created_at, c.supporters,
                RANK() OVER (ORDER BY c.supporters DESC) AS ranked, n.text, n.merged_into_id
            FROM counted c JOIN need_entries n ON n.id = c.standing
        )
        SELECT r.id, {KIND}, r.topic_key, r.shown_text, r.created_at, r.supporters, r.ranked, r.text,
            src.id, src.kind, src.topic_key, src.text
        FROM ranked r
        LEFT JOIN need_entries src ON src.merged_into_id = r.id AND src.item_id = @item_id AND r.merged_into_id IS NULL
        """;

    // Kinds are stored by name (HasConversion<string>); read as their position in the enum, so no row allocates a
    // name to parse.
    private static readonly string KindPosition = "CASE r.kind " + string.Concat(Enum.GetValues<NeedKind>().Select((k, i) => $"WHEN '{k}' THEN {i} ")) + "END";

    private static readonly NeedKind[] Kinds = Enum.GetValues<NeedKind>();

    private static readonly string Rows = Select.Replace("{KIND}", KindPosition, StringComparison.Ordinal);

    /// <summary>The kind read from a row's second column (a position in <see cref="NeedKind"/>'s values).</summary>
    public static NeedKind Kind(long position) => Kinds[position];

    public static string Ranked(bool postgres) =>
        $"{Rows} ORDER BY r.supporters DESC, r.created_at, r.shown_text COLLATE {(postgres ? "\"C\"" : "BINARY")}, r.id, src.created_at, src.id";
}
