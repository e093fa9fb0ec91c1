namespace Collaboration.Forums.Items;

public enum ItemStatus
{
    Draft,
    Open,
    Closed,
}
