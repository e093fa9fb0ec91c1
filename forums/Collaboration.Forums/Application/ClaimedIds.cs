namespace Collaboration.Forums.Application;

/// <summary>
/// The ids a client named with an action (a card's data): which series, items, need. None of them is trusted; each
/// must belong to the series of the conversation the action came from (see <see cref="ConversationScope"/>).
/// </summary>
public sealed record ClaimedIds(Guid? SeriesId = null, IReadOnlyList<Guid>? ItemIds = null, Guid? NeedId = null)
{
    public static ClaimedIds None { get; } = new();

    public IReadOnlyList<Guid> Items => ItemIds ?? [];

    public bool Any => SeriesId is not null || Items.Count > 0 || NeedId is not null;
}
