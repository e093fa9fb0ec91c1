using System.Threading.Channels;

namespace Collaboration.Web.Live;

/// <summary>
/// Live results for viewers: after an item changes (here or on another instance), each subscriber of that item gets
/// its new live JSON, rendered once per change and language however many watch, coalesced so that a burst of votes
/// gives a few updates a second, and a slow viewer gets the newest state rather than a queue of old ones.
/// </summary>
public interface ILiveFeed
{
    LiveSubscription Subscribe(IReadOnlyCollection<Guid> itemIds, Language language);
}

/// <summary>One viewer's updates (UTF-8 JSON of a LiveItem each); disposing it ends the subscription.</summary>
public sealed class LiveSubscription(ChannelReader<ReadOnlyMemory<byte>> updates, Action unsubscribe) : IDisposable
{
    public ChannelReader<ReadOnlyMemory<byte>> Updates { get; } = updates;

    public void Dispose() => unsubscribe();
}

/// <summary>Renders an item's live JSON (the contract's LiveItem), with the disclosure rule applied, for one language.</summary>
public interface ILiveItemSource
{
    /// <returns>Null when the item no longer exists.</returns>
    Task<ReadOnlyMemory<byte>?> RenderAsync(Guid itemId, Language language, CancellationToken cancellationToken);
}
