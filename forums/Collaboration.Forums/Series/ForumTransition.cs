namespace Collaboration.Forums.Series;

/// <summary>What starting a forum changed: the forum now open and the forums it closed on the way.</summary>
public sealed record ForumTransition(Forum Opened, IReadOnlyList<Forum> Closed);
