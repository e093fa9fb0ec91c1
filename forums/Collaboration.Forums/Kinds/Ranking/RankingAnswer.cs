namespace Collaboration.Forums.Kinds.Ranking;

/// <summary>Option keys in the participant's order, best first; options not listed were not ranked.</summary>
public sealed record RankingAnswer(IReadOnlyList<string> OrderedKeys) : Answer;
