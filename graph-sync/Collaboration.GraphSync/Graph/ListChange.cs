namespace Collaboration.GraphSync.Graph;

/// <summary>One write to the needs list: create an item, patch an item's fields, or delete a duplicate item.</summary>
internal sealed record ListChange(ListChangeKind Kind, string? ItemId, IReadOnlyDictionary<string, object>? Fields)
{
    public static ListChange Create(IReadOnlyDictionary<string, object> fields) => new(ListChangeKind.Create, null, fields);

    public static ListChange Update(string itemId, IReadOnlyDictionary<string, object> fields) => new(ListChangeKind.Update, itemId, fields);

    public static ListChange Delete(string itemId) => new(ListChangeKind.Delete, itemId, null);
}

internal enum ListChangeKind
{
    Create,
    Update,
    Delete,
}
