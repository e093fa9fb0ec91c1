namespace Collaboration.Reports.Streaming;

/// <summary>The ranked needs a report model holds (read from an export or built whole): they complete without waiting.</summary>
internal sealed class ModelNeeds : IRankedNeedSource
{
    public static readonly ModelNeeds Instance = new();

    public IAsyncEnumerable<RankedNeed> ReadAsync(ItemReport item, IReadOnlyList<string>? topicOrder, CancellationToken cancellationToken)
    {
        var ranking = item.Results is NeedsResults needs ? needs.Ranking : [];
        return (topicOrder is null ? ranking : RankedNeedOrder.ByTopicAndKind(ranking, topicOrder)).ToAsyncEnumerable();
    }
}
