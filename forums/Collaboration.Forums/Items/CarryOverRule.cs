namespace Collaboration.Forums.Items;

/// <summary>
/// Takes an item's options (or matrix rows) from an earlier forum's results: the top entries of
/// <paramref name="FromItemKey"/> in forum <paramref name="FromForum"/>, ahead of the item's own options.
/// </summary>
public sealed record CarryOverRule(int FromForum, string FromItemKey, int Top);
