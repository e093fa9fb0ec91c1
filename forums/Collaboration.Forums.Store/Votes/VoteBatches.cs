using System.Data.Common;
using System.Threading.Channels;
using Collaboration.Forums.Answers;
using Collaboration.Forums.Store.Diagnostics;
using Collaboration.Forums.Store.Postgres;
using Collaboration.Forums.Store.Sql;
using Collaboration.Forums.Store.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Collaboration.Forums.Store.Votes;

/// <summary>
/// Group commit for votes. A burst of votes paid one transaction each: on SQLite one commit (the WAL's sync) per vote
/// behind the single writer, on PostgreSQL a connection, round trips and a commit per vote. Votes now wait in one
/// queue; a single writer takes what is waiting (up to <see cref="MaxBatch"/>) and writes it in one transaction:
/// per item a check that it and its forum are open, a check that the voters' participant rows a vote was decided with
/// are unchanged (<see cref="VoterChecks"/>) and that the kept ties of conversation and series the gate let them in on
/// still hold (<see cref="TieChecks"/>), then the upserts, one commit. On PostgreSQL the whole batch is one round trip
/// (<see cref="PostgresVoteBatch"/>): the batches are written one after another, so while the cores are busy serving
/// the voters' requests a batch's round trips, each waiting for the server to be scheduled, bound how many votes a
/// second get stored.
/// Each voter's task completes only after that commit, so a confirmed vote is a stored vote; the per-voter key stays
/// the database's unique key, so a vote written twice still counts once. If anything in a batch fails, the batch
/// rolled back whole and every vote of it is written again alone: the others land, only the failing one fails.
/// </summary>
internal sealed partial class VoteBatches : IAsyncDisposable
{
    /// <summary>Most votes written in one transaction, so one batch holds SQLite's write lock only briefly.</summary>
    public const int MaxBatch = 64;

    // Bounded so a flood waits in the requests instead of growing without limit; far above what one instance takes in.
    private readonly Channel<PendingVote> _queue = Channel.CreateBounded<PendingVote>(
        new BoundedChannelOptions(4096) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CancellationTokenSource _stopping = new();
    private readonly IDbContextFactory<ForumDbContext> _contexts;
    private readonly SqliteWriteGate _writes;
    private readonly StoreCommands _commands;
    private readonly ILogger<VoteBatches> _logger;
    private readonly Lazy<Task> _writer;

    public VoteBatches(IDbContextFactory<ForumDbContext> contexts, SqliteWriteGate writes, StoreCommands commands, ILogger<VoteBatches> logger)
    {
        (_contexts, _writes, _commands, _logger) = (contexts, writes, commands, logger);
        // Started by the first vote, so hosts and tools that never take a vote run no loop.
        _writer = new Lazy<Task>(() => Task.Run(() => WriteWhileRunningAsync(_stopping.Token)));
    }

    /// <summary>Queues the vote and returns what its batch did with it, once that batch is committed.</summary>
    /// <param name="snapshotRevision">The series revision the vote was decided at: a batch that finds another writes it not (<see cref="ResponseWrite.Stale"/>).</param>
    /// <param name="voter">The participant row the vote was decided with: a batch that finds it changed or gone writes it not (<see cref="ResponseWrite.Stale"/>).</param>
    /// <param name="tie">The kept tie the gate let the vote in on: a batch that finds it no longer holding writes it not (<see cref="ResponseWrite.Stale"/>).</param>
    public async Task<ResponseWrite> WriteAsync(Response response, long? snapshotRevision, Voter? voter, ConversationTie? tie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        _ = _writer.Value;
        var vote = new PendingVote(response, snapshotRevision, voter, tie);
        await _queue.Writer.WriteAsync(vote, cancellationToken);
        // A voter who gives up still has the vote written; it is just not confirmed to them.
        return await vote.Written.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Writes <paramref name="votes"/> in one transaction, or each alone if that fails; sets every vote's result.</summary>
    internal async Task WriteBatchAsync(IReadOnlyList<PendingVote> votes, CancellationToken cancellationToken)
    {
        try
        {
            var results = await WriteTogetherAsync(votes, cancellationToken);
            for (var i = 0; i < votes.Count; i++)
            {
                votes[i].Written.TrySetResult(results[i]);
            }

            return;
        }
        catch (Exception exception) when (votes.Count > 1 && !cancellationToken.IsCancellationRequested)
        {
            Log.BatchFailed(_logger, exception, votes.Count);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            votes[0].Written.TrySetException(exception);
            return;
        }

        foreach (var vote in votes)
        {
            try
            {
                vote.Written.TrySetResult((await WriteTogetherAsync([vote], cancellationToken))[0]);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                vote.Written.TrySetException(exception);
            }
        }
    }

    private async Task WriteWhileRunningAsync(CancellationToken stopping)
    {
        var batch = new List<PendingVote>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stopping))
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var vote))
                {
                    batch.Add(vote);
                }

                _commands.CountVoteBatch(batch.Count);
                await WriteBatchAsync(batch, stopping);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the votes not written are answered as cancelled, never as stored.
        }

        foreach (var vote in batch)
        {
            vote.Written.TrySetCanceled(stopping);
        }

        while (_queue.Reader.TryRead(out var left))
        {
            left.Written.TrySetCanceled(stopping);
        }
    }

    private async Task<ResponseWrite[]> WriteTogetherAsync(IReadOnlyList<PendingVote> votes, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        // Through the store's execution strategy like every other statement, so a database out of reach is "try again"
        // for the voters (StoreUnavailableException), not an error card: a warm vote reads nothing before its batch, so
        // the batch is where a vote first meets the database.
        return await _writes.RunAsync(db, () => db.Database.CreateExecutionStrategy().ExecuteAsync(
            (Batches: this, Db: db, Votes: votes),
            static (_, state, ct) => state.Db is PostgresForumDbContext
                ? state.Batches.WriteOnPostgresAsync(state.Db, state.Votes, ct)
                : state.Batches.WriteInTransactionAsync(state.Db, state.Votes, ct),
            verifySucceeded: null,
            cancellationToken), cancellationToken);
    }

    private async Task<ResponseWrite[]> WriteOnPostgresAsync(ForumDbContext db, IReadOnlyList<PendingVote> votes, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await PostgresVoteBatch.WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), votes, _commands, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>SQLite: the checks, then one compiled upsert re-run per vote, in one IMMEDIATE transaction.</summary>
    private async Task<ResponseWrite[]> WriteInTransactionAsync(ForumDbContext db, IReadOnlyList<PendingVote> votes, CancellationToken cancellationToken)
    {
        // On SQLite this begins IMMEDIATE: the write lock is held from the open check to the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var open = new Dictionary<Guid, long>();
        var voters = new HashSet<Voter>();
        var ties = new HashSet<ConversationTie>();
        await BatchStatements.RunAsync(
            transaction.GetDbTransaction(),
            [.. OpenItemReads(db, votes, open), .. VoterChecks.Reads(db, votes, voters), .. TieChecks.Reads(db, votes, ties)],
            _commands,
            cancellationToken);
        var verdicts = votes.Select(v => Verdict(v, open)
            ?? ((v.Voter is { } voter && !voters.Contains(voter)) || (v.Tie is { } tie && !ties.Contains(tie)) ? ResponseWrite.Stale : null)).ToList();
        var written = votes.Where((_, i) => verdicts[i] is null).ToList();
        // No row: nothing written (the same answer again, or older than the stored one); revision 1: a first answer.
        var revisions = await UpsertAsync(db, written, transaction.GetDbTransaction(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var results = new ResponseWrite[votes.Count];
        for (int i = 0, w = 0; i < votes.Count; i++)
        {
            results[i] = verdicts[i] ?? revisions[w++] switch { null => ResponseWrite.Unchanged, 1 => ResponseWrite.Inserted, _ => ResponseWrite.Updated };
        }

        return results;
    }

    private Task<long?[]> UpsertAsync(ForumDbContext db, List<PendingVote> written, DbTransaction transaction, CancellationToken cancellationToken) =>
        BatchStatements.RunAsync(transaction, [.. written.Select(v => new Statement(UpsertSql.Response, ResponseParameters.For(db, v.Response)))], ReadRevisionAsync, _commands, cancellationToken);

    /// <summary>
    /// Null when the vote is to be written; else why not. A vote decided on a snapshot is written only while its series
    /// is still at that revision; an item gone or closed since is then also "stale", so the vote is decided again on the
    /// stored series and refused there in the voter's words (not found, not open).
    /// </summary>
    private static ResponseWrite? Verdict(PendingVote vote, Dictionary<Guid, long> open) =>
        open.TryGetValue(vote.Response.ItemId, out var revision)
            ? vote.SnapshotRevision is { } decidedAt && decidedAt != revision ? ResponseWrite.Stale : null
            : vote.SnapshotRevision is null ? ResponseWrite.NotOpen : ResponseWrite.Stale;

    /// <summary>The statements that find which items of <paramref name="votes"/> are open with their forum; once run, <paramref name="open"/> holds each with its series' revision.</summary>
    private static IEnumerable<StatementRead> OpenItemReads(ForumDbContext db, IReadOnlyList<PendingVote> votes, Dictionary<Guid, long> open) =>
        votes.Select(v => v.Response.ItemId).Distinct().Select(itemId => new StatementRead(new Statement(OpenItemSql.IsOpen, ItemParameter(db, itemId)), async (reader, ct) =>
        {
            if (await reader.ReadAsync(ct))
            {
                open.Add(itemId, Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
            }
        }));

    private static object[] ItemParameter(ForumDbContext db, Guid itemId) =>
        new ModelParameters<ItemEntity>(db).Add(nameof(ItemEntity.Id), itemId, "item_id").ToArray();

    private static async Task<long?> ReadRevisionAsync(DbDataReader reader, CancellationToken cancellationToken) =>
        await reader.ReadAsync(cancellationToken)
            ? Convert.ToInt64(reader.GetValue(reader.GetOrdinal("revision")), System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_writer.IsValueCreated)
        {
            await _writer.Value;
        }

        _stopping.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "A batch of {Count} votes failed and was rolled back; writing each of them alone")]
        public static partial void BatchFailed(ILogger logger, Exception exception, int count);
    }
}
