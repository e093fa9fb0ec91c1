namespace Collaboration.Forums.Results;

/// <summary>How often each option was chosen; the share is of respondents (multiple choice can sum above 100 %).</summary>
public sealed record ChoiceResults(Guid ItemId, int Respondents, IReadOnlyList<ChoiceTally> Tallies) : ItemResults(ItemId, Respondents);

public sealed record ChoiceTally(Choice Choice, int Count, double Share);
