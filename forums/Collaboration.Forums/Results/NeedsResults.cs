using Collaboration.Forums.Items;

namespace Collaboration.Forums.Results;

/// <summary>
/// The needs filed, ranked by support (the author counts as the first supporter), then by age.
/// Entries carry no identity.
/// </summary>
public sealed record NeedsResults(Guid ItemId, int Respondents, IReadOnlyList<RankedNeed> Ranking) : ItemResults(ItemId, Respondents)
{
    public int CountOf(NeedKind kind) => Ranking.Count(n => n.Kind == kind);
}

public sealed record RankedNeed(Guid NeedId, int Rank, NeedKind Kind, string TopicKey, string Text, int Supporters, DateTimeOffset CreatedAt);
