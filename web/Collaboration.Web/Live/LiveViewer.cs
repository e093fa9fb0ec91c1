using System.Threading.Channels;

namespace Collaboration.Web.Live;

/// <summary>
/// One viewer's mailbox: one slot per watched item, and a newer update of an item replaces its unread older one. A viewer
/// that reads slowly (a stage on a poor connection) so sees each item's newest state, never a queue of old ones, and an
/// update of one item never pushes out another item's; the feed never waits for a viewer. Writing an update allocates
/// nothing: the slots and the queue of unread items are sized when the viewer subscribes.
/// </summary>
internal sealed class LiveViewer : ChannelReader<ReadOnlyMemory<byte>>
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Slot> _slots;
    private readonly Queue<Slot> _unread;

    // Wakes the reader; room for one signal, a second one while it is unread says nothing new.
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public LiveViewer(IReadOnlyCollection<Guid> itemIds)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        _slots = itemIds.Distinct().ToDictionary(id => id, _ => new Slot());
        _unread = new Queue<Slot>(_slots.Count);
    }

    public IReadOnlyCollection<Guid> ItemIds => _slots.Keys;

    /// <summary>The item's newest state for this viewer; returns at once.</summary>
    public void Offer(Guid itemId, ReadOnlyMemory<byte> update)
    {
        if (!_slots.TryGetValue(itemId, out var slot))
        {
            return;
        }

        lock (_lock)
        {
            slot.Update = update;
            if (!slot.Unread)
            {
                slot.Unread = true;
                _unread.Enqueue(slot);
            }
        }

        _signal.Writer.TryWrite(true);
    }

    /// <summary>No more updates: the reader gets what is unread, then the end.</summary>
    public void Complete() => _signal.Writer.TryComplete();

    public override bool TryRead(out ReadOnlyMemory<byte> item)
    {
        lock (_lock)
        {
            if (_unread.TryDequeue(out var slot))
            {
                slot.Unread = false;
                item = slot.Update;
                return true;
            }
        }

        item = default;
        return false;
    }

    public override async ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            lock (_lock)
            {
                if (_unread.Count > 0)
                {
                    return true;
                }
            }

            // The signal comes after the slot is written, so a signal read here is for an update already queued
            // or one that the check above has seen; an empty check after it means wait again.
            if (_signal.Reader.TryRead(out _))
            {
                continue;
            }

            if (!await _signal.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                lock (_lock)
                {
                    return _unread.Count > 0;
                }
            }
        }
    }

    private sealed class Slot
    {
        public ReadOnlyMemory<byte> Update { get; set; }

        public bool Unread { get; set; }
    }
}
