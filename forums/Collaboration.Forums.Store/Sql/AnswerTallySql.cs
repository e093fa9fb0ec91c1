namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// An item's answers counted per stored answer and group, the same text on SQLite and PostgreSQL (the answer is a
/// text column on both). Equal answers are equal texts: the store writes every answer through one serializer, and an
/// answer written differently only makes one more row, never a wrong count. No order: counts do not depend on it.
/// Read through EF (<see cref="Row"/>), so the statement is counted, traced and run through the execution strategy.
/// </summary>
internal static class AnswerTallySql
{
    public const string Select = """
        SELECT group_key AS "GroupKey", answer AS "Answer", COUNT(*) AS "Respondents"
        FROM responses
        WHERE item_id = @item_id
        GROUP BY group_key, answer
        """;

    /// <summary>One row of <see cref="Select"/>, named as its columns are aliased.</summary>
    internal sealed class Row
    {
        public string GroupKey { get; set; } = string.Empty;

        public string Answer { get; set; } = string.Empty;

        public long Respondents { get; set; }
    }
}
