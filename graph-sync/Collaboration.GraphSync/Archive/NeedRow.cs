using Collaboration.Forums.Items;

namespace Collaboration.GraphSync.Archive;

/// <summary>
/// One need as archived (CSV row and SharePoint list item). For an <paramref name="Anonymous"/> item <paramref name="Author"/> is
/// null and <paramref name="CreatedAt"/> holds the day only.
/// </summary>
public sealed record NeedRow(Guid NeedId, Guid SeriesId, int ForumNumber, string ItemKey, int Rank, NeedKind Kind, string TopicKey,
    string Text, int Supporters, string? Author, DateTimeOffset CreatedAt, bool Anonymous = false)
{
    /// <summary>The needs a moderator merged into this one, with their kinds and texts; null when it stands alone.</summary>
    public string? MergedFrom { get; init; }
}
