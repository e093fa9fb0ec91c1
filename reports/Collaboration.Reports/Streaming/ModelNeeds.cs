namespace Collaboration.Reports.Streaming;

/// <summary>The ranked needs a report model holds (read from an export or built whole): they complete without waiting.</summary>
internal sealed class ModelNeeds : IRankedNeedSource
{
    public static readonly ModelNeeds Instance = new();

    public IAsyncEnumerable<RankedNeed> ReadAsync(ItemReport item, string? topicKey, NeedKind? kind, CancellationToken cancellationToken) =>
        (item.Results is NeedsResults needs ? needs.Ranking : [])
            .Where(n => (topicKey is null || n.TopicKey == topicKey) && (kind is null || n.Kind == kind))
            .ToAsyncEnumerable();
}
