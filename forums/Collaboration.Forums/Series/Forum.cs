namespace Collaboration.Forums.Series;

/// <summary>One session of a series (forum 1, 2, 3). Starting it opens its items; closing it closes them.</summary>
public sealed class Forum
{
    private readonly List<ForumItem> _items;

    public Forum(Guid id, int number, LocalizedText title, LocalizedText? description, ForumStatus status, IEnumerable<ForumItem> items)
    {
        Id = id;
        Number = number;
        Title = title;
        Description = description;
        Status = status;
        _items = [.. items.OrderBy(i => i.Position)];
    }

    public Guid Id { get; }

    public int Number { get; }

    public LocalizedText Title { get; }

    public LocalizedText? Description { get; }

    public ForumStatus Status { get; private set; }

    public IReadOnlyList<ForumItem> Items => _items;

    public ForumItem? FindItem(string key) => _items.Find(i => string.Equals(i.Key, key, StringComparison.OrdinalIgnoreCase));

    internal void SetStatus(ForumStatus status) => Status = status;

    internal void Add(ForumItem item) => _items.Add(item);
}
