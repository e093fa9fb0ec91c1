namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// The check a batch of votes runs for voters whose participant row was this instance's kept copy
/// (<see cref="KeptParticipants"/>): a row with that id and group is still stored. Id and group are all of the row a
/// vote writes (the respondent key comes from the id, the group is stored beside a named answer).
/// </summary>
internal static class VoterSql
{
    /// <summary>SQLite: one row when the voter's row is unchanged; run once per voter with one compiled command.</summary>
    public const string IsCurrent = """
        SELECT id FROM participants WHERE id = @id AND group_key = @group_key
        """;
}
