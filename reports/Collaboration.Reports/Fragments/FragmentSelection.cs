namespace Collaboration.Reports.Fragments;

/// <summary>
/// What the add-in asks for: the whole series (<see cref="Forum"/> null), one forum, or some of a forum's items by key.
/// </summary>
public sealed record FragmentSelection(int? Forum, IReadOnlyList<string> ItemKeys)
{
    public static FragmentSelection WholeSeries { get; } = new(null, []);

    public static FragmentSelection OfForum(int forum) => new(forum, []);

    public static FragmentSelection OfItems(int forum, params IReadOnlyList<string> keys) => new(forum, keys);
}
