namespace Collaboration.Reports.Streaming;

/// <summary>Where the Word report's appendix reads an item's open answers from, one at a time, in the results' order.</summary>
public interface IOpenAnswerSource
{
    /// <summary>Asked only for an item whose published results show answers (see <see cref="StreamedReport"/>).</summary>
    IAsyncEnumerable<string> ReadAsync(ItemReport item, CancellationToken cancellationToken);
}
