namespace Collaboration.Web.Live;

/// <summary>
/// An item that has viewers: who watches it in which language, and whether a render is due or running. Viewer lists
/// are copied when someone comes or goes (rare), so a render walks a stable array without a lock (every vote).
/// </summary>
internal sealed class WatchedItem(Guid itemId)
{
    private static readonly LiveViewer[] None = [];

    private readonly Lock _lock = new();
    private readonly LiveViewer[][] _viewers = [.. Enum.GetValues<Language>().Select(_ => None)];
    private bool _changed;
    private bool _rendering;

    public Guid ItemId { get; } = itemId;

    public LiveViewer[] ViewersIn(Language language) => Volatile.Read(ref _viewers[(int)language]);

    public void Add(Language language, LiveViewer viewer)
    {
        lock (_lock)
        {
            Volatile.Write(ref _viewers[(int)language], [.. _viewers[(int)language], viewer]);
        }
    }

    public void Remove(Language language, LiveViewer viewer)
    {
        lock (_lock)
        {
            var remaining = Array.FindAll(_viewers[(int)language], v => !ReferenceEquals(v, viewer));
            Volatile.Write(ref _viewers[(int)language], remaining.Length == 0 ? None : remaining);
        }
    }

    /// <returns>True when the caller must start the render loop (none runs); else the running loop picks the change up.</returns>
    public bool MarkChanged()
    {
        lock (_lock)
        {
            _changed = true;
            if (_rendering)
            {
                return false;
            }

            _rendering = true;
            return true;
        }
    }

    /// <returns>True when a change waits to be rendered (and is now taken); false ends the render loop.</returns>
    public bool TakeChange()
    {
        lock (_lock)
        {
            if (!_changed)
            {
                _rendering = false;
                return false;
            }

            _changed = false;
            return true;
        }
    }
}
