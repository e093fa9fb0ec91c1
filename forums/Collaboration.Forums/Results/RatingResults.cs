namespace Collaboration.Forums.Results;

/// <summary>Mean and distribution of a rating scale; <see cref="Mean"/> is null while nobody answered.</summary>
public sealed record RatingResults(Guid ItemId, int Respondents, double? Mean, IReadOnlyList<RatingBucket> Distribution) : ItemResults(ItemId, Respondents);

public sealed record RatingBucket(int Value, int Count, double Share);
