namespace Collaboration.Forums.Answers;

/// <summary>
/// A need as its author sees it among their own: <paramref name="MergedIntoText"/> is the shown text of the need a
/// moderator merged it into, null while it stands on its own (or holds others).
/// </summary>
public sealed record OwnNeed(NeedEntry Need, string? MergedIntoText);
