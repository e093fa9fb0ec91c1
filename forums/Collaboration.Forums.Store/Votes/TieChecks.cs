using System.Data.Common;
using Collaboration.Forums.Delivery;
using Collaboration.Forums.Store.Diagnostics;
using Collaboration.Forums.Store.Postgres;
using Collaboration.Forums.Store.Sql;
using Npgsql;
using NpgsqlTypes;

namespace Collaboration.Forums.Store.Votes;

/// <summary>Checks, inside a batch's transaction, that the ties the gate let its votes in on still hold (<see cref="KeptBindings"/>).</summary>
internal static class TieChecks
{
    /// <returns>Those of the votes' ties that still hold.</returns>
    public static async Task<HashSet<ConversationTie>> HoldingAsync(ForumDbContext db, IReadOnlyList<PendingVote> votes, DbTransaction transaction, StoreCommands commands, CancellationToken cancellationToken)
    {
        var ties = votes.Where(v => v.Tie is not null).Select(v => v.Tie!).Distinct().ToList();
        if (ties.Count == 0)
        {
            return [];
        }

        if (db is not PostgresForumDbContext)
        {
            var statements = ties.Select(t => t.SentInto
                ? new Statement(TieSql.IsSentInto, [.. new ModelParameters<FanOutRecipientEntity>(db)
                    .Add(nameof(FanOutRecipientEntity.PersonalConversationId), t.ConversationId)
                    .Add(nameof(FanOutRecipientEntity.State), RecipientState.Sent).ToArray(),
                    .. new ModelParameters<FanOutEntity>(db).Add(nameof(FanOutEntity.SeriesId), t.SeriesId).ToArray()])
                : new Statement(TieSql.IsBound, new ModelParameters<ConversationBindingEntity>(db)
                    .Add(nameof(ConversationBindingEntity.ConversationId), t.ConversationId)
                    .Add(nameof(ConversationBindingEntity.SeriesId), t.SeriesId).ToArray())).ToList();
            var found = await BatchStatements.RunAsync(transaction, statements, static async (reader, ct) => await reader.ReadAsync(ct), commands, cancellationToken);
            return [.. ties.Where((_, i) => found[i])];
        }

        commands.Count(TieSql.Holding);
        await using var command = new NpgsqlCommand(TieSql.Holding, (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
        command.Parameters.Add(new NpgsqlParameter("conversation_ids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = ties.Select(t => t.ConversationId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("series_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ties.Select(t => t.SeriesId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("sent_into", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = ties.Select(t => t.SentInto).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("state", NpgsqlDbType.Varchar) { Value = nameof(RecipientState.Sent) });
        var holding = new HashSet<ConversationTie>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            holding.Add(new ConversationTie(reader.GetString(0), reader.GetGuid(1), reader.GetBoolean(2)));
        }

        return holding;
    }
}
