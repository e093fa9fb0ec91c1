using System.Runtime.CompilerServices;

namespace Collaboration.Forums.Results;

/// <summary>
/// A needs ranking read from a database in the ranking's order (see <see cref="ResultsCalculator.Rank"/>: supporters
/// descending, then age, then the shown text by UTF-16 code units as <see cref="StringComparer.Ordinal"/> compares,
/// then id), put exactly into that order. Databases compare text by code point (SQLite's BINARY and PostgreSQL's
/// "C" collation on UTF-8), which differs from comparing UTF-16 code units only between a character above U+FFFF
/// (a surrogate pair, D800–DFFF) and one from U+E000 to U+FFFF. A text with no code unit from U+D800 up compares
/// the same way both ways with any text, so it never moves, and texts that do hold such code units can only be out
/// of place among adjacent texts that hold them too, with equal support and age. Only such a run is held, and sorted
/// stably: texts that are equal keep the database's order by id.
/// </summary>
public static class RankedNeedOrder
{
    public static async IAsyncEnumerable<RankedNeed> FromCodePointOrder(IAsyncEnumerable<RankedNeed> ranking, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var held = new List<RankedNeed>();
        await foreach (var need in ranking.WithCancellation(cancellationToken))
        {
            var mayMove = MayMove(need.Text);
            if (held.Count > 0 && (!mayMove || !SameRun(need, held[0])))
            {
                foreach (var sorted in Sorted(held))
                {
                    yield return sorted;
                }

                held.Clear();
            }

            if (mayMove)
            {
                held.Add(need);
            }
            else
            {
                yield return need;
            }
        }

        foreach (var sorted in Sorted(held))
        {
            yield return sorted;
        }
    }

    private static bool SameRun(RankedNeed need, RankedNeed other) => need.Supporters == other.Supporters && need.CreatedAt == other.CreatedAt;

    private static bool MayMove(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uFFFF') >= 0;

    // OrderBy is stable; a copy, because the run is cleared after it has been yielded.
    private static List<RankedNeed> Sorted(List<RankedNeed> run) => run.Count < 2 ? run : [.. run.OrderBy(n => n.Text, StringComparer.Ordinal)];
}
