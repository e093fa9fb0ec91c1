namespace Collaboration.Reports.Streaming;

/// <summary>
/// Where the Word report's needs table and its chapter by topic and kind read an item's ranked needs from, one at a
/// time, in ranking order; with a topic and kind only those, with their ranks among all.
/// </summary>
public interface IRankedNeedSource
{
    /// <summary>Asked only for an item whose published results show needs (see <see cref="StreamedReport"/>).</summary>
    IAsyncEnumerable<RankedNeed> ReadAsync(ItemReport item, string? topicKey, NeedKind? kind, CancellationToken cancellationToken);
}
