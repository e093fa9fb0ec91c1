using System.Data.Common;
using Collaboration.Forums.Store.Postgres;
using Npgsql;

namespace Collaboration.Forums.Store.Votes;

/// <summary>
/// How one kind of kept copy (a voter's row, a chat's tie to its series) is checked in a batch's transaction: SQLite
/// one statement per copy, which returns a row when the copy still holds; PostgreSQL one statement over arrays of all
/// the batch's copies, which returns a row for each copy that holds.
/// </summary>
internal sealed record KeptCopyCheck<TKey>(
    Func<ForumDbContext, TKey, Statement> SqliteStatement,
    string PostgresSql,
    Func<IReadOnlyList<TKey>, NpgsqlParameter[]> PostgresParameters,
    Func<DbDataReader, TKey> ReadHolding)
    where TKey : notnull
{
    /// <summary>The statements that check <paramref name="copies"/>; once the batch has run them, <paramref name="holding"/> holds those that still hold.</summary>
    public IEnumerable<StatementRead> Reads(ForumDbContext db, IReadOnlyList<TKey> copies, HashSet<TKey> holding)
    {
        if (copies.Count == 0)
        {
            return [];
        }

        if (db is not PostgresForumDbContext)
        {
            return copies.Select(copy => new StatementRead(SqliteStatement(db, copy), async (reader, ct) =>
            {
                if (await reader.ReadAsync(ct))
                {
                    holding.Add(copy);
                }
            }));
        }

        return [new StatementRead(new Statement(PostgresSql, PostgresParameters(copies)), async (reader, ct) =>
        {
            while (await reader.ReadAsync(ct))
            {
                holding.Add(ReadHolding(reader));
            }
        })];
    }
}
