namespace Collaboration.Forums.Series;

public enum ForumStatus
{
    Draft,
    Open,
    Closed,
}
