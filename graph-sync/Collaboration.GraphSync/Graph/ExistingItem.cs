namespace Collaboration.GraphSync.Graph;

/// <summary>A list item of the forum as the paged query found it: its id and the fields the writer owns.</summary>
internal sealed record ExistingItem(string Id, IReadOnlyDictionary<string, object?> Fields);
