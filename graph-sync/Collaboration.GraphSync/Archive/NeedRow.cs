using Collaboration.Forums.Items;

namespace Collaboration.GraphSync.Archive;

/// <summary>One need as archived (CSV row and SharePoint list item). <paramref name="Author"/> is null for anonymous items.</summary>
public sealed record NeedRow(Guid NeedId, Guid SeriesId, int ForumNumber, string ItemKey, int Rank, NeedKind Kind, string TopicKey,
    string Text, int Supporters, string? Author, DateTimeOffset CreatedAt);
