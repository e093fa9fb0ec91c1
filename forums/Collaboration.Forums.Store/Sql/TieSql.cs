namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// The checks a batch of votes runs for the ties the gate decided on from this instance's kept copies
/// (<see cref="KeptBindings"/>): the conversation is still bound to the series, or the series still has a delivery sent
/// into the personal chat, here on SQLite (PostgreSQL checks the same inside <see cref="PostgresVoteSql.CheckAndWrite"/>).
/// No row lock: a rebind committed after the check orders after the vote, which was cast in a chat of its series; an
/// expiry of the series takes the series row's lock the batch holds (PostgreSQL) or SQLite's write lock, so it cannot
/// slip in between.
/// </summary>
internal static class TieSql
{
    /// <summary>SQLite: one row when the conversation is bound to the series; run once per conversation with one compiled command.</summary>
    public const string IsBound = """
        SELECT 1 FROM conversation_bindings WHERE conversation_id = @conversation_id AND series_id = @series_id
        """;

    /// <summary>SQLite: one row when the series delivered an item into the personal chat (as <see cref="IFanOutStore.HasSentIntoAsync"/>).</summary>
    public const string IsSentInto = """
        SELECT 1 FROM fan_out_recipients r JOIN fan_outs f ON f.id = r.fan_out_id
        WHERE r.personal_conversation_id = @personal_conversation_id AND r.state = @state AND f.series_id = @series_id
        LIMIT 1
        """;

}
