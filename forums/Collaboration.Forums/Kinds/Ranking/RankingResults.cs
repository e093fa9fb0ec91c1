namespace Collaboration.Forums.Kinds.Ranking;

/// <summary>
/// Borda count over the rankings, highest score first. With P places an option ranked at place p (1-based) gets
/// P − p + 1 points; <see cref="RankedTally.PlaceCounts"/>[p − 1] says how many respondents put it at place p.
/// </summary>
public sealed record RankingResults(Guid ItemId, int Respondents, int Places, IReadOnlyList<RankedTally> Tallies) : ItemResults(ItemId, Respondents);

/// <param name="Rank">Competition rank by <paramref name="Score"/> (ties share a rank).</param>
/// <param name="MeanPlace">Mean place among those who ranked it; null when nobody did.</param>
public sealed record RankedTally(Choice Choice, int Rank, int Score, IReadOnlyList<int> PlaceCounts, double? MeanPlace);
