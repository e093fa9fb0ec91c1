namespace Collaboration.Forums.Items;

/// <summary>One option of a choice, points or matrix item. The key is stable; answers refer to it, not to the label.</summary>
public sealed record Choice(string Key, LocalizedText Label);
