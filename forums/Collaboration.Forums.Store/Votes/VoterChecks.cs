using System.Data.Common;
using Collaboration.Forums.Store.Diagnostics;
using Collaboration.Forums.Store.Postgres;
using Collaboration.Forums.Store.Sql;
using Npgsql;
using NpgsqlTypes;

namespace Collaboration.Forums.Store.Votes;

/// <summary>The participant row a vote was decided with, as far as the vote's row depends on it (<see cref="VoterSql"/>).</summary>
internal readonly record struct Voter(Guid ParticipantId, string GroupKey);

/// <summary>Checks, inside a batch's transaction, that the voters its votes were decided with are still stored as they were.</summary>
internal static class VoterChecks
{
    /// <returns>Those of the votes' voters whose row is still stored with that id and group.</returns>
    public static async Task<HashSet<Voter>> CurrentAsync(ForumDbContext db, IReadOnlyList<PendingVote> votes, DbTransaction transaction, StoreCommands commands, CancellationToken cancellationToken)
    {
        var voters = votes.Where(v => v.Voter is not null).Select(v => v.Voter!.Value).Distinct().ToList();
        if (voters.Count == 0)
        {
            return [];
        }

        if (db is not PostgresForumDbContext)
        {
            var statements = voters.Select(v => new Statement(VoterSql.IsCurrent, new ModelParameters<ParticipantEntity>(db)
                .Add(nameof(ParticipantEntity.Id), v.ParticipantId).Add(nameof(ParticipantEntity.GroupKey), v.GroupKey).ToArray())).ToList();
            var found = await BatchStatements.RunAsync(transaction, statements, static async (reader, ct) => await reader.ReadAsync(ct), commands, cancellationToken);
            return [.. voters.Where((_, i) => found[i])];
        }

        commands.Count(VoterSql.AreCurrent);
        await using var command = new NpgsqlCommand(VoterSql.AreCurrent, (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = voters.Select(v => v.ParticipantId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("group_keys", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = voters.Select(v => v.GroupKey).ToArray() });
        var current = new HashSet<Voter>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            current.Add(new Voter(reader.GetGuid(0), reader.GetString(1)));
        }

        return current;
    }
}
