using System.Data.Common;
using Collaboration.Forums.Store.Diagnostics;

namespace Collaboration.Forums.Store.Votes;

/// <summary>
/// Runs a batch's statements inside its transaction on SQLite (in-process, no round trip to save): one command per
/// statement text is re-run with each statement's parameters, so SQLite compiles the text once per batch, not once per
/// vote. (PostgreSQL sends a whole batch in one round trip, <see cref="PostgresVoteBatch"/>.)
/// Every statement is counted in <see cref="StoreCommands"/>.
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
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(read);
        var results = new T[statements.Count];
        await RunAsync(transaction, [.. statements.Select((statement, i) => new StatementRead(statement, async (reader, ct) => results[i] = await read(reader, ct)))], commands, cancellationToken);
        return results;
    }

    /// <summary>Runs <paramref name="reads"/> in order, each read handed its own statement's result.</summary>
    public static async Task RunAsync(DbTransaction transaction, IReadOnlyList<StatementRead> reads, StoreCommands commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(reads);
        if (reads.Count == 0)
        {
            return;
        }

        var connection = transaction.Connection ?? throw new InvalidOperationException("The batch's transaction has no connection.");
        foreach (var read in reads)
        {
            commands.Count(read.Statement.Sql);
        }

        var reused = new Dictionary<string, DbCommand>(StringComparer.Ordinal);
        try
        {
            foreach (var (statement, read) in reads)
            {
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
                await read(reader, cancellationToken);
            }
        }
        finally
        {
            foreach (var command in reused.Values)
            {
                await command.DisposeAsync();
            }
        }
    }
}

/// <summary>One statement of a batch with its own parameters (a parameter belongs to one command at a time).</summary>
internal sealed record Statement(string Sql, object[] Parameters);

/// <summary>A statement and what is done with the rows it returns.</summary>
internal sealed record StatementRead(Statement Statement, Func<DbDataReader, CancellationToken, Task> Read);
