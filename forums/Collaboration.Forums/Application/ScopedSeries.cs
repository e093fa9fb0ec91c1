namespace Collaboration.Forums.Application;

/// <summary>The series an action may touch from its conversation, and the kept tie it was found by, if it was (<see cref="ConversationTie"/>).</summary>
public sealed record ScopedSeries(ForumSeries Series, ConversationTie? Tie = null);
