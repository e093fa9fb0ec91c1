using Ranks = Collaboration.Forums.Results.Ranking;

namespace Collaboration.Forums.Kinds.Ranking;

/// <summary>
/// Borda count: with P places, place p earns P − p + 1 points. Stored rankings that no longer fit the item (an option
/// replaced by a carry-over, more places than the item now has, a key twice) count for what still fits, never fail.
/// </summary>
internal static class BordaCount
{
    public static RankingResults Count(Guid itemId, RankingSpec spec, IReadOnlyList<RankingAnswer> answers)
    {
        var places = Math.Max(spec.MaxRanked, 0);
        var counts = spec.Choices.ToDictionary(c => c.Key, _ => new int[places], StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var keys = answer.OrderedKeys ?? [];
            for (var i = 0; i < keys.Count && i < places; i++)
            {
                if (keys[i] is { } key && counts.TryGetValue(key, out var perPlace) && seen.Add(key))
                {
                    perPlace[i]++;
                }
            }
        }

        var ordered = spec.Choices
            .Select((choice, index) => (Choice: choice, Index: index, PlaceCounts: counts[choice.Key], Score: Score(counts[choice.Key], places)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Index)
            .ToList();
        var ranks = Ranks.Ranks(ordered, x => x.Score);
        var tallies = ordered
            .Select((x, i) => new RankedTally(x.Choice, ranks[i], x.Score, x.PlaceCounts, MeanPlace(x.PlaceCounts)))
            .ToList();
        return new RankingResults(itemId, answers.Count, places, tallies);
    }

    private static int Score(int[] placeCounts, int places) => placeCounts.Select((count, i) => count * (places - i)).Sum();

    private static double? MeanPlace(int[] placeCounts)
    {
        var ranked = placeCounts.Sum();
        return ranked == 0 ? null : (double)placeCounts.Select((count, i) => count * (i + 1)).Sum() / ranked;
    }
}
