namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// Who filed an item's needs, counted by the database as <c>NeedFilers.Of</c> counts them: each respondent once, in
/// the group of their oldest entry (then by id, the order the store lists needs in). Rows: group key (empty when not
/// stored), filers. The same text on SQLite and PostgreSQL.
/// </summary>
internal static class NeedFilerSql
{
    public const string Select = """
        SELECT group_key, COUNT(*)
        FROM (
            SELECT group_key, ROW_NUMBER() OVER (PARTITION BY respondent_key ORDER BY created_at, id) AS nth
            FROM need_entries
            WHERE item_id = @item_id
        ) AS firsts
        WHERE nth = 1
        GROUP BY group_key
        """;
}
