using Collaboration.Forums.Delivery;
using Collaboration.Forums.Store.Sql;

namespace Collaboration.Forums.Store.Votes;

/// <summary>Checks, inside a batch's transaction on SQLite, that the ties the gate let its votes in on still hold (<see cref="KeptBindings"/>).</summary>
internal static class TieChecks
{
    private static readonly KeptCopyCheck<ConversationTie> Check = new(
        static (db, tie) => tie.SentInto
            ? new Statement(TieSql.IsSentInto, [.. new ModelParameters<FanOutRecipientEntity>(db)
                .Add(nameof(FanOutRecipientEntity.PersonalConversationId), tie.ConversationId)
                .Add(nameof(FanOutRecipientEntity.State), RecipientState.Sent).ToArray(),
                .. new ModelParameters<FanOutEntity>(db).Add(nameof(FanOutEntity.SeriesId), tie.SeriesId).ToArray()])
            : new Statement(TieSql.IsBound, new ModelParameters<ConversationBindingEntity>(db)
                .Add(nameof(ConversationBindingEntity.ConversationId), tie.ConversationId)
                .Add(nameof(ConversationBindingEntity.SeriesId), tie.SeriesId).ToArray()));


    /// <summary>The statements that check the votes' ties; once run, <paramref name="holding"/> holds those that still hold.</summary>
    public static IEnumerable<StatementRead> Reads(ForumDbContext db, IReadOnlyList<PendingVote> votes, HashSet<ConversationTie> holding) =>
        Check.Reads(db, [.. votes.Where(v => v.Tie is not null).Select(v => v.Tie!).Distinct()], holding);
}
