namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// An item's open answers as the Word report's appendix reads them: the text taken out of the stored JSON by the
/// database, so the reader gets one string per answer instead of the whole JSON column and an <c>Answer</c> parsed
/// from it (at 100,000 answers that was most of the report's allocations). The order is
/// <see cref="EfForumStore.GetResponsesAsync"/>'s; other kinds of answer are left out here, blank ones by the caller.
/// The store reads the text as the first column.
/// </summary>
internal static class OpenAnswerSql
{
    public const string Sqlite = """
        SELECT json_extract(answer, '$.text') AS "Value"
        FROM responses
        WHERE item_id = @item_id AND json_extract(answer, '$.kind') = 'text'
        ORDER BY updated_at, respondent_key
        """;

    // json, not jsonb: the text is read once, so checking the syntax is enough and building jsonb would cost more.
    public const string Postgres = """
        SELECT r.answer ->> 'text' AS "Value"
        FROM (SELECT answer::json AS answer, updated_at, respondent_key FROM responses WHERE item_id = @item_id) AS r
        WHERE r.answer ->> 'kind' = 'text'
        ORDER BY r.updated_at, r.respondent_key
        """;
}
