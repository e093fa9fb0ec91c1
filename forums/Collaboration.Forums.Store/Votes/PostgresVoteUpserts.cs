using System.Data.Common;
using Collaboration.Forums.Answers;
using Collaboration.Forums.Store.Diagnostics;
using Collaboration.Forums.Store.Mapping;
using Collaboration.Forums.Store.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Collaboration.Forums.Store.Votes;

/// <summary>
/// PostgreSQL writes a batch's votes with one statement: the answers go in as one array per column and
/// <see cref="Sql"/> upserts all of them, so a batch of k votes costs one round trip instead of k. Two votes of the same
/// voter for the same item (a Teams retry) cannot be in one such statement (PostgreSQL refuses to update a row twice in
/// one command), so the n-th vote of each voter goes into the n-th statement: votes of one voter stay in queue order,
/// each sees the one before, exactly as one statement per vote did.
/// </summary>
internal static class PostgresVoteUpserts
{
    // Times as the model stores them (UTC, cut to microseconds), so a vote written here reads back as one written by EF.
    private static readonly Func<object?, object?> ToStored = new UtcTimestampConverter().ConvertToProvider;

    /// <summary>
    /// <see cref="Store.Sql.UpsertSql.Response"/> for many rows with its conflict rule (a different answer, not older than
    /// the stored one); RETURNING the key with the revision tells inserted (1), updated (more) or nothing written (no row).
    /// </summary>
    public const string Sql = $"""
        INSERT INTO responses (item_id, respondent_key, participant_id, group_key, answer, updated_at, revision)
        SELECT v.item_id, v.respondent_key, v.participant_id, v.group_key, v.answer, v.updated_at, 1
        FROM unnest(@item_ids, @respondent_keys, @participant_ids, @group_keys, @answers, @updated_ats)
            AS v(item_id, respondent_key, participant_id, group_key, answer, updated_at)
        {Store.Sql.UpsertSql.ResponseConflictRule}
        RETURNING item_id, respondent_key, revision
        """;

    /// <returns>For each of <paramref name="responses"/>, in order, the stored revision, or null when nothing was written.</returns>
    public static async Task<long?[]> RunAsync(DbTransaction transaction, IReadOnlyList<Response> responses, StoreCommands commands, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)(transaction.Connection ?? throw new InvalidOperationException("The batch's transaction has no connection."));
        var revisions = new long?[responses.Count];
        foreach (var round in Rounds(responses))
        {
            commands.Count(Sql);
            await using var command = new NpgsqlCommand(Sql, connection, (NpgsqlTransaction)transaction);
            command.Parameters.AddRange(Columns(round.Select(i => responses[i]).ToList()));
            var written = new Dictionary<(Guid, string), long>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    written[(reader.GetGuid(0), reader.GetString(1))] = reader.GetInt32(2);
                }
            }

            foreach (var i in round)
            {
                revisions[i] = written.TryGetValue((responses[i].ItemId, responses[i].RespondentKey), out var revision) ? revision : null;
            }
        }

        return revisions;
    }

    /// <summary>The indexes of <paramref name="responses"/> split so that no statement holds one voter's key twice; in order.</summary>
    private static List<List<int>> Rounds(IReadOnlyList<Response> responses)
    {
        var rounds = new List<List<int>>();
        var seen = new Dictionary<(Guid, string), int>();
        for (var i = 0; i < responses.Count; i++)
        {
            var key = (responses[i].ItemId, responses[i].RespondentKey);
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

    private static NpgsqlParameter[] Columns(IReadOnlyList<Response> rows) =>
    [
        new("item_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.ItemId).ToArray() },
        new("respondent_keys", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = rows.Select(r => r.RespondentKey).ToArray() },
        new("participant_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.ParticipantId).ToArray() },
        new("group_keys", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = rows.Select(r => r.GroupKey).ToArray() },
        new("answers", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => StoreJson.Write(r.Answer)).ToArray() },
        new("updated_ats", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = rows.Select(r => (DateTimeOffset)ToStored(r.UpdatedAt)!).ToArray() },
    ];
}
