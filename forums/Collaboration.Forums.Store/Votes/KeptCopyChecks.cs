using System.Data.Common;
using Collaboration.Forums.Store.Diagnostics;
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
    /// <returns>Those of <paramref name="copies"/> that still hold.</returns>
    public async Task<HashSet<TKey>> HoldingAsync(ForumDbContext db, IReadOnlyList<TKey> copies, DbTransaction transaction, StoreCommands commands, CancellationToken cancellationToken)
    {
        if (copies.Count == 0)
        {
            return [];
        }

        if (db is not PostgresForumDbContext)
        {
            var found = await BatchStatements.RunAsync(transaction, [.. copies.Select(copy => SqliteStatement(db, copy))],
                static async (reader, ct) => await reader.ReadAsync(ct), commands, cancellationToken);
            return [.. copies.Where((_, i) => found[i])];
        }

        commands.Count(PostgresSql);
        await using var command = new NpgsqlCommand(PostgresSql, (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
        command.Parameters.AddRange(PostgresParameters(copies));
        var holding = new HashSet<TKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            holding.Add(ReadHolding(reader));
        }

        return holding;
    }
}
