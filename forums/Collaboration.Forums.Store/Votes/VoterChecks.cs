using Collaboration.Forums.Store.Sql;

namespace Collaboration.Forums.Store.Votes;

/// <summary>The participant row a vote was decided with, as far as the vote's row depends on it (<see cref="VoterSql"/>).</summary>
internal readonly record struct Voter(Guid ParticipantId, string GroupKey);

/// <summary>Checks, inside a batch's transaction on SQLite, that the voters its votes were decided with are still stored as they were.</summary>
internal static class VoterChecks
{
    private static readonly KeptCopyCheck<Voter> Check = new(
        static (db, voter) => new Statement(VoterSql.IsCurrent, new ModelParameters<ParticipantEntity>(db)
            .Add(nameof(ParticipantEntity.Id), voter.ParticipantId).Add(nameof(ParticipantEntity.GroupKey), voter.GroupKey).ToArray()));


    /// <summary>The statements that check the votes' voters; once run, <paramref name="current"/> holds those whose row is still stored with that id and group.</summary>
    public static IEnumerable<StatementRead> Reads(ForumDbContext db, IReadOnlyList<PendingVote> votes, HashSet<Voter> current) =>
        Check.Reads(db, [.. votes.Where(v => v.Voter is not null).Select(v => v.Voter!.Value).Distinct()], current);
}
