using Collaboration.Forums.Answers;
using Collaboration.Forums.Delivery;
using Collaboration.Forums.Store.Diagnostics;
using Collaboration.Forums.Store.Mapping;
using Collaboration.Forums.Store.Postgres;
using Npgsql;
using NpgsqlTypes;
using static Collaboration.Forums.Store.Sql.PostgresVoteSql;

namespace Collaboration.Forums.Store.Votes;

/// <summary>
/// A batch of votes on PostgreSQL in one round trip: one <see cref="NpgsqlBatch"/> holds the series lock, the kept
/// voters' lock and one statement per round that checks and writes its votes (<see cref="CheckAndWrite"/>). Npgsql
/// sends it with one Sync at the end, so the server runs it as one implicit transaction: it commits whole after the
/// last statement, or an error rolls it back whole. Before, a batch paid six round trips (lock, open check, voters,
/// ties, upsert, commit); while the cores are busy serving voters every round trip waits to be scheduled, and batches
/// are written one after another, so those waits bounded how many votes a second were stored.
/// Two votes of the same voter for the same item (a Teams retry) cannot be in one statement (PostgreSQL refuses to
/// update a row twice in one command), so the n-th vote of each voter goes into the n-th round: votes of one voter stay
/// in queue order, each sees the one before.
/// </summary>
internal static class PostgresVoteBatch
{
    // Times as the model stores them (UTC, cut to microseconds), so a vote written here reads back as one written by EF.
    private static readonly Func<object?, object?> ToStored = new UtcTimestampConverter().ConvertToProvider;

    /// <returns>For each of <paramref name="votes"/>, in order, what was done with it; set only once the batch committed.</returns>
    public static async Task<ResponseWrite[]> WriteAsync(NpgsqlConnection connection, IReadOnlyList<PendingVote> votes, StoreCommands commands, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        Add(batch, commands, LockSeries, new NpgsqlParameter("item_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = votes.Select(v => v.Response.ItemId).Distinct().ToArray() });
        var voters = votes.Where(v => v.Voter is not null).Select(v => v.Voter!.Value).Distinct().ToList();
        if (voters.Count > 0)
        {
            Add(batch, commands, LockVoters,
                new NpgsqlParameter("voter_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = voters.Select(v => v.ParticipantId).ToArray() },
                new NpgsqlParameter("voter_groups", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = voters.Select(v => v.GroupKey).ToArray() });
        }

        var locks = batch.BatchCommands.Count;
        var rounds = Rounds(votes);
        foreach (var round in rounds)
        {
            Add(batch, commands, CheckAndWrite, Columns([.. round.Select(i => (i, votes[i]))]));
        }

        var results = new ResponseWrite?[votes.Count];
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            for (var i = 0; i < locks + rounds.Count; i++)
            {
                if (i > 0 && !await reader.NextResultAsync(cancellationToken))
                {
                    throw new InvalidOperationException($"The vote batch returned {i} results for {locks + rounds.Count} statements.");
                }

                while (i >= locks && await reader.ReadAsync(cancellationToken))
                {
                    results[reader.GetInt32(0)] = Result(reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2));
                }
            }

            // Read on to the server's ready message: only then has the implicit transaction committed (a failed commit
            // throws here), so no voter is told "stored" before it is.
            if (await reader.NextResultAsync(cancellationToken))
            {
                throw new InvalidOperationException("The vote batch returned more results than it has statements.");
            }
        }

        return [.. results.Select((r, i) => r ?? throw new InvalidOperationException($"The vote batch returned no row for vote {i}."))];
    }

    private static ResponseWrite Result(string? refused, int? revision) => refused switch
    {
        Refused.NotOpen => ResponseWrite.NotOpen,
        Refused.Stale => ResponseWrite.Stale,
        // No revision: nothing written (the same answer again, or older than the stored one); 1: a first answer.
        _ => revision switch { null => ResponseWrite.Unchanged, 1 => ResponseWrite.Inserted, _ => ResponseWrite.Updated },
    };

    private static void Add(NpgsqlBatch batch, StoreCommands commands, string sql, params NpgsqlParameter[] parameters)
    {
        commands.Count(sql);
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        batch.BatchCommands.Add(command);
    }

    /// <summary>The indexes of <paramref name="votes"/> split so that no round holds one voter's key twice; in order.</summary>
    private static List<List<int>> Rounds(IReadOnlyList<PendingVote> votes)
    {
        var rounds = new List<List<int>>();
        var seen = new Dictionary<(Guid, string), int>();
        for (var i = 0; i < votes.Count; i++)
        {
            var key = (votes[i].Response.ItemId, votes[i].Response.RespondentKey);
            var round = seen.TryGetValue(key, out var before) ? before + 1 : 0;
            seen[key] = round;
            if (round == rounds.Count)
            {
                rounds.Add([]);
            }

            rounds[round].Add(i);
        }

        return rounds;
    }

    private static NpgsqlParameter[] Columns(IReadOnlyList<(int Index, PendingVote Vote)> rows) =>
    [
        new("ns", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = rows.Select(r => r.Index).ToArray() },
        new("item_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.Vote.Response.ItemId).ToArray() },
        new("respondent_keys", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = rows.Select(r => r.Vote.Response.RespondentKey).ToArray() },
        new("participant_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.Vote.Response.ParticipantId).ToArray() },
        new("group_keys", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = rows.Select(r => r.Vote.Response.GroupKey).ToArray() },
        new("answers", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => StoreJson.Write(r.Vote.Response.Answer)).ToArray() },
        new("updated_ats", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = rows.Select(r => (DateTimeOffset)ToStored(r.Vote.Response.UpdatedAt)!).ToArray() },
        new("decided_at", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = rows.Select(r => r.Vote.SnapshotRevision).ToArray() },
        new("voter_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.Vote.Voter?.ParticipantId).ToArray() },
        new("voter_groups", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = rows.Select(r => r.Vote.Voter?.GroupKey).ToArray() },
        new("tie_conversation_ids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = rows.Select(r => r.Vote.Tie?.ConversationId).ToArray() },
        new("tie_series_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.Vote.Tie?.SeriesId).ToArray() },
        new("tie_sent_into", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = rows.Select(r => r.Vote.Tie?.SentInto).ToArray() },
        new("sent", NpgsqlDbType.Varchar) { Value = nameof(RecipientState.Sent) },
    ];
}
