using Collaboration.Forums.Items;
using Collaboration.Forums.Series;

namespace Collaboration.Forums.Store.Sql;

/// <summary>The open check a batch of votes runs on SQLite inside its transaction before it writes (see <see cref="Votes.VoteBatches"/>; PostgreSQL: <see cref="PostgresVoteSql"/>).</summary>
internal static class OpenItemSql
{
    /// <summary>One row, the series' revision, when the item and its forum are open.</summary>
    public const string IsOpen = $"""
        SELECT s.revision FROM items i
        JOIN forums f ON f.id = i.forum_id
        JOIN series s ON s.id = f.series_id
        WHERE i.id = @item_id AND i.status = '{nameof(ItemStatus.Open)}' AND f.status = '{nameof(ForumStatus.Open)}'
        """;
}
