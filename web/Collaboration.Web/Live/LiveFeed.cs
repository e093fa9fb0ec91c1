using System.Collections.Concurrent;
using Collaboration.Forums.Ports;

namespace Collaboration.Web.Live;

/// <summary>
/// The live feed of this instance. A change of a watched item (a vote here, or another instance's notice) starts one
/// render loop for it: after <see cref="LiveOptions.LiveFirstDelay"/> the item is rendered once per language that has
/// viewers, every viewer's slot gets the bytes, and while changes keep coming the loop renders again at most once per
/// <see cref="LiveOptions.LiveInterval"/>. So 1,000 votes a second on an item cost about four renders a second,
/// whatever the number of viewers. Changes of items nobody watches cost a dictionary lookup.
/// </summary>
internal sealed partial class LiveFeed(IServiceScopeFactory scopes, IOptions<LiveOptions> options, TimeProvider time, ILogger<LiveFeed> logger)
    : ILiveFeed, IItemChangeListener, IDisposable
{
    private static readonly Language[] Languages = Enum.GetValues<Language>();

    // Entries stay when their last viewer leaves: a process sees the few hundred items of its series at most, and a
    // removal would race with a viewer arriving for the same item.
    private readonly ConcurrentDictionary<Guid, WatchedItem> _items = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _viewers;
    private int _disposed;

    /// <summary>Open subscriptions (viewers) of this instance, for the metrics.</summary>
    public int Viewers => Volatile.Read(ref _viewers);

    public LiveSubscription Subscribe(IReadOnlyCollection<Guid> itemIds, Language language)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var viewer = new LiveViewer(itemIds);
        foreach (var itemId in viewer.ItemIds)
        {
            _items.GetOrAdd(itemId, id => new WatchedItem(id)).Add(language, viewer);
        }

        Interlocked.Increment(ref _viewers);
        var ended = 0;
        return new LiveSubscription(viewer, () =>
        {
            if (Interlocked.Exchange(ref ended, 1) == 1)
            {
                return;
            }

            foreach (var itemId in viewer.ItemIds)
            {
                _items[itemId].Remove(language, viewer);
            }

            viewer.Complete();
            Interlocked.Decrement(ref _viewers);
        });
    }

    /// <summary>Both origins: a viewer on this instance must see votes taken here and on every other instance.</summary>
    public void OnItemChanged(Guid itemId, ChangeOrigin origin)
    {
        if (_items.TryGetValue(itemId, out var item) && item.MarkChanged())
        {
            // Off the caller's thread: the caller is a vote's request, which must not wait for any rendering.
            _ = Task.Run(() => RenderWhileChangingAsync(item, _stopping.Token), CancellationToken.None);
        }
    }

    /// <summary>Stops the render loops. The container may call it more than once (the feed is registered under three types).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    private async Task RenderWhileChangingAsync(WatchedItem item, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.Value.LiveFirstDelay, time, cancellationToken).ConfigureAwait(false);
            while (item.TakeChange())
            {
                await RenderAsync(item, cancellationToken).ConfigureAwait(false);
                await Task.Delay(options.Value.LiveInterval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host stops; the streams end with it.
        }
    }

    private async Task RenderAsync(WatchedItem item, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var source = scope.ServiceProvider.GetRequiredService<ILiveItemSource>();
            foreach (var language in Languages)
            {
                if (item.ViewersIn(language).Length == 0)
                {
                    continue;
                }

                if (await source.RenderAsync(item.ItemId, language, cancellationToken).ConfigureAwait(false) is not { } update)
                {
                    continue;
                }

                // Read again after the render: a viewer who came meanwhile gets this newer state too.
                foreach (var viewer in item.ViewersIn(language))
                {
                    viewer.Offer(item.ItemId, update);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The viewers keep the state they have; the next change of the item renders again. The votes are stored.
            Log.RenderFailed(logger, exception, item.ItemId);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Rendering the live results of item {ItemId} failed; its viewers keep the last state until the next change")]
        public static partial void RenderFailed(ILogger logger, Exception exception, Guid itemId);
    }
}
