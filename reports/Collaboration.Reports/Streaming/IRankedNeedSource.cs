namespace Collaboration.Reports.Streaming;

/// <summary>
/// Where the Word report's needs table and its chapter by topic and kind read an item's ranked needs from, one at a
/// time: in ranking order, or grouped by topic (in the given order) and kind, each group in ranking order.
/// </summary>
public interface IRankedNeedSource
{
    /// <summary>Asked only for an item whose published results show needs (see <see cref="StreamedReport"/>).</summary>
    /// <param name="topicOrder">Null: the ranking; else see <see cref="RankedNeedOrder.ByTopicAndKind"/>.</param>
    IAsyncEnumerable<RankedNeed> ReadAsync(ItemReport item, IReadOnlyList<string>? topicOrder, CancellationToken cancellationToken);
}
