namespace Collaboration.Forums.Application;

/// <summary>Where a change of an item's results or state was made: in this process, or in another instance.</summary>
public enum ChangeOrigin
{
    ThisInstance,
    OtherInstance,
}

/// <summary>
/// The one place that hears that an item changed (a vote, a need, a support, an item opened or closed, needs merged),
/// whichever edge took the action, and tells every listener. Listeners must return at once: they queue their work.
/// </summary>
public sealed class ItemChanges(IEnumerable<IItemChangeListener> listeners)
{
    private readonly IItemChangeListener[] _listeners = [.. listeners];

    /// <summary>An action in this process changed the items.</summary>
    public void Changed(IEnumerable<Guid> itemIds)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        foreach (var itemId in itemIds)
        {
            Tell(itemId, ChangeOrigin.ThisInstance);
        }
    }

    /// <summary>Another instance reported that it changed the item (for example through the database's notifications).</summary>
    public void ChangedElsewhere(Guid itemId) => Tell(itemId, ChangeOrigin.OtherInstance);

    private void Tell(Guid itemId, ChangeOrigin origin)
    {
        foreach (var listener in _listeners)
        {
            listener.OnItemChanged(itemId, origin);
        }
    }
}
