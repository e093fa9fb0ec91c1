using Collaboration.Forums.Ports;

namespace Collaboration.Reports.Streaming;

/// <summary>The ranked needs read from the store while the table or the chapter is written, ranked by the database.</summary>
internal sealed class StoreNeeds(IForumStore store) : IRankedNeedSource
{
    public IAsyncEnumerable<RankedNeed> ReadAsync(ItemReport item, IReadOnlyList<string>? topicOrder, CancellationToken cancellationToken) =>
        store.StreamRankedNeedsAsync(item.Results.ItemId, topicOrder, cancellationToken);
}
