namespace Collaboration.Reports.Fragments;

/// <summary>
/// What the add-in asks for: the whole series (<see cref="Forum"/> null), one forum, some of a forum's items by key, or
/// (for a refresh) the items whose ids it read from the tags of outdated slides or controls.
/// </summary>
public sealed record FragmentSelection(int? Forum, IReadOnlyList<string> ItemKeys)
{
    /// <summary>Items by the domain's id, across forums; when set, <see cref="Forum"/> and <see cref="ItemKeys"/> are not used.</summary>
    public IReadOnlyList<Guid> ItemIds { get; init; } = [];

    public static FragmentSelection OfItemIds(params IReadOnlyList<Guid> ids) => new(null, []) { ItemIds = ids };

    public static FragmentSelection WholeSeries { get; } = new(null, []);

    public static FragmentSelection OfForum(int forum) => new(forum, []);

    public static FragmentSelection OfItems(int forum, params IReadOnlyList<string> keys) => new(forum, keys);
}
