using Collaboration.Forums.Ports;

namespace Collaboration.Reports.Streaming;

/// <summary>The open answers read from the store while the appendix is written, one query per item.</summary>
internal sealed class StoreAnswers(IForumStore store) : IOpenAnswerSource
{
    public IAsyncEnumerable<string> ReadAsync(ItemReport item, CancellationToken cancellationToken) =>
        store.StreamOpenAnswersAsync(item.Results.ItemId, cancellationToken);
}
