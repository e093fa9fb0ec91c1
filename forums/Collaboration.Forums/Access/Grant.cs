namespace Collaboration.Forums.Access;

/// <summary>
/// What an action that passed <see cref="AccessGate"/> may work with: the series found from the conversation (null
/// for actions that need none, or a chat without one when creating a series) and whether the actor moderates it.
/// </summary>
public sealed record Grant(ForumSeries? Series, bool IsModerator)
{
    /// <summary>The series, for an action whose policy requires one (the gate never grants such an action without).</summary>
    public ForumSeries RequiredSeries => Series ?? throw new InvalidOperationException("The action ran without a series.");

    /// <summary>
    /// Set when the gate found the series from a kept tie of conversation and series instead of a read
    /// (<see cref="KeptReads.SeriesAndBinding"/>): the action's write must check it.
    /// </summary>
    public ConversationTie? Tie { get; init; }
}
