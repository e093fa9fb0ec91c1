using System.Data.Common;
using Collaboration.Forums.Store.Diagnostics;

namespace Collaboration.Forums.Store.Votes;

/// <summary>
/// Runs a batch's statements inside its transaction. On SQLite (in-process, no round trip to save) one command per
/// statement text is re-run with each statement's parameters, so SQLite compiles the text once per batch, not once per
/// vote. On PostgreSQL each statement is a command of its own (see below why not one <see cref="DbBatch"/>).
/// Every statement is counted in <see cref="StoreCommands"/> as before: the counts are statements, not round trips.
/// </summary>
internal static class BatchStatements
{
    /// <returns>For each of <paramref name="statements"/>, in order, what <paramref name="read"/> made of its result.</returns>
    public static async Task<T[]> RunAsync<T>(
        DbTransaction transaction,
        IReadOnlyList<Statement> statements,
        Func<DbDataReader, CancellationToken, Task<T>> read,
        StoreCommands commands,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(read);
        var results = new T[statements.Count];
        if (statements.Count == 0)
        {
            return results;
        }

        var connection = transaction.Connection ?? throw new InvalidOperationException("The batch's transaction has no connection.");
        foreach (var statement in statements)
        {
            commands.Count(statement.Sql);
        }

        if (connection.CanCreateBatch)
        {
            // Npgsql: one command per statement, one after another. One NpgsqlBatch for all of them lost or miscounted
            // votes under load (ConcurrencyOnPostgresTests: 200 voters, 50 delivered twice, the results did not show
            // 200), and re-running one Npgsql command with swapped values did before; so no reuse and no batch here.
            for (var i = 0; i < statements.Count; i++)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = statements[i].Sql;
                command.Parameters.AddRange(statements[i].Parameters);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                results[i] = await read(reader, cancellationToken);
            }

            return results;
        }

        var reused = new Dictionary<string, DbCommand>(StringComparer.Ordinal);
        try
        {
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                if (!reused.TryGetValue(statement.Sql, out var command))
                {
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = statement.Sql;
                    reused.Add(statement.Sql, command);
                }

                command.Parameters.Clear();
                command.Parameters.AddRange(statement.Parameters);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                results[i] = await read(reader, cancellationToken);
            }
        }
        finally
        {
            foreach (var command in reused.Values)
            {
                await command.DisposeAsync();
            }
        }

        return results;
    }
}

/// <summary>One statement of a batch with its own parameters (a parameter belongs to one command at a time).</summary>
internal sealed record Statement(string Sql, object[] Parameters);
