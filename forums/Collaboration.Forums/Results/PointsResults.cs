namespace Collaboration.Forums.Results;

/// <summary>Point totals per option, highest first; the share is of all points given.</summary>
public sealed record PointsResults(Guid ItemId, int Respondents, int TotalPoints, IReadOnlyList<PointsTally> Ranking) : ItemResults(ItemId, Respondents);

public sealed record PointsTally(Choice Choice, int Rank, int Points, int Supporters, double Share);
