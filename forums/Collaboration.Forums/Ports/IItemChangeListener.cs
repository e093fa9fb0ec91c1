using Collaboration.Forums.Application;

namespace Collaboration.Forums.Ports;

/// <summary>Something that shows an item and must follow its changes: posted cards, live views, other instances.</summary>
public interface IItemChangeListener
{
    void OnItemChanged(Guid itemId, ChangeOrigin origin);
}
