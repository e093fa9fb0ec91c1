using Collaboration.Forums.Items;
using Collaboration.Forums.Series;

namespace Collaboration.Forums.Store.Sql;

/// <summary>The checks a batch of votes runs inside its transaction before it writes (see <see cref="Votes.VoteBatches"/>).</summary>
internal static class OpenItemSql
{
    /// <summary>
    /// PostgreSQL only: holds the item's series row against change until the batch commits. Every change a moderator
    /// makes counts <c>series.revision</c> up, so a close either committed before this lock (and the check below sees
    /// it) or waits for the batch. A separate statement, because in READ COMMITTED a statement that waited for a lock
    /// still reads the other tables of its join as of its start.
    /// </summary>
    public const string LockSeries = """
        SELECT s.revision FROM series s
        JOIN forums f ON f.series_id = s.id
        JOIN items i ON i.forum_id = f.id
        WHERE i.id = @item_id
        FOR SHARE OF s
        """;

    /// <summary>One row, the series' revision, when the item and its forum are open.</summary>
    public const string IsOpen = $"""
        SELECT s.revision FROM items i
        JOIN forums f ON f.id = i.forum_id
        JOIN series s ON s.id = f.series_id
        WHERE i.id = @item_id AND i.status = '{nameof(ItemStatus.Open)}' AND f.status = '{nameof(ForumStatus.Open)}'
        """;
}
