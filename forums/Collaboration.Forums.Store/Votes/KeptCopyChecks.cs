using Collaboration.Forums.Store.Postgres;

namespace Collaboration.Forums.Store.Votes;

/// <summary>
/// How one kind of kept copy (a voter's row, a chat's tie to its series) is checked in a batch's transaction on SQLite:
/// one statement per copy, which returns a row when the copy still holds. (PostgreSQL checks them inside the statement
/// that writes the votes, <see cref="Sql.PostgresVoteSql.CheckAndWrite"/>.)
/// </summary>
internal sealed record KeptCopyCheck<TKey>(Func<ForumDbContext, TKey, Statement> Statement)
    where TKey : notnull
{
    /// <summary>The statements that check <paramref name="copies"/>; once the batch has run them, <paramref name="holding"/> holds those that still hold.</summary>
    public IEnumerable<StatementRead> Reads(ForumDbContext db, IReadOnlyList<TKey> copies, HashSet<TKey> holding)
    {
        if (db is PostgresForumDbContext)
        {
            throw new InvalidOperationException("PostgreSQL checks kept copies in the statement that writes the votes.");
        }

        return copies.Select(copy => new StatementRead(Statement(db, copy), async (reader, ct) =>
        {
            if (await reader.ReadAsync(ct))
            {
                holding.Add(copy);
            }
        }));
    }
}
