using System.Data.Common;
using Collaboration.Forums.Store.Diagnostics;

namespace Collaboration.Forums.Store.Votes;

/// <summary>
/// Runs a batch's statements inside its transaction. On SQLite (in-process, no round trip to save) one command per
/// statement text is re-run with each statement's parameters, so SQLite compiles the text once per batch, not once per
/// vote. On PostgreSQL all of them go to the server in one <see cref="DbBatch"/>, one round trip: there only the
/// batch's checks run through here (its writes are one array statement, <see cref="PostgresVoteUpserts"/>), and the
/// server still runs them one after another, each with a snapshot of its own (READ COMMITTED), so a check placed after
/// a lock reads what was committed before the lock was granted.
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

        if (connection.CanCreateBatch)
        {
            await RunInOneRoundTripAsync(connection, transaction, reads, cancellationToken);
            return;
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

    private static async Task RunInOneRoundTripAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StatementRead> reads, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var (statement, _) in reads)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = statement.Sql;
            command.Parameters.AddRange(statement.Parameters);
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < reads.Count; i++)
        {
            if (i > 0 && !await reader.NextResultAsync(cancellationToken))
            {
                throw new InvalidOperationException($"The batch returned {i} results for {reads.Count} statements.");
            }

            await reads[i].Read(reader, cancellationToken);
        }
    }
}

/// <summary>One statement of a batch with its own parameters (a parameter belongs to one command at a time).</summary>
internal sealed record Statement(string Sql, object[] Parameters);

/// <summary>A statement and what is done with the rows it returns.</summary>
internal sealed record StatementRead(Statement Statement, Func<DbDataReader, CancellationToken, Task> Read);
