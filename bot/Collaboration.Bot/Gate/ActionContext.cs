namespace Collaboration.Bot.Gate;

/// <summary>
/// What an action that passed the gate runs with: the series found from the conversation (null for actions that need
/// none, or a chat without one when creating a series), whether the user moderates it, and a way back through the
/// gate for an action that was waiting (an answer interrupted by onboarding).
/// </summary>
internal sealed record ActionContext(UserAction Action, BotText Text, ForumSeries? Series, bool IsModerator, Func<UserAction, CancellationToken, Task<ActionReply>> Pass)
{
    public TurnInfo Turn => Action.Turn;

    /// <summary>The series, for an action whose rule requires one (the gate never runs it without).</summary>
    public ForumSeries RequiredSeries => Series ?? throw new InvalidOperationException($"{Action.Kind} ran without a series.");

    /// <summary>The kept tie of conversation and series the gate found the series by, for the write to check (<see cref="Grant.Tie"/>).</summary>
    public ConversationTie? Tie { get; init; }

    /// <summary>The gate's verdict, for the use cases that must not refuse a moderator by meeting role the series does not name.</summary>
    public Grant Grant => new(RequiredSeries, IsModerator) { Tie = Tie };
}
