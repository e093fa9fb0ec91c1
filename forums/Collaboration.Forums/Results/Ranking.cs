namespace Collaboration.Forums.Results;

/// <summary>
/// Standard competition ranking ("1224"): entries with equal scores share a rank, the next rank skips.
/// The list order still breaks ties (option order, age), so "top N" is deterministic, but a report never
/// claims that one of two equally supported entries came first.
/// </summary>
internal static class Ranking
{
    /// <param name="ordered">Entries already sorted best first.</param>
    public static int[] Ranks<T, TScore>(IReadOnlyList<T> ordered, Func<T, TScore> score)
    {
        var ranks = new int[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            ranks[i] = i > 0 && EqualityComparer<TScore>.Default.Equals(score(ordered[i]), score(ordered[i - 1])) ? ranks[i - 1] : i + 1;
        }

        return ranks;
    }
}
