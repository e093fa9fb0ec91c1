namespace Collaboration.Web.Teams;

/// <summary>
/// The moderator's steering from the console, done exactly as the bot's commands do it: the same use cases, and the
/// forum's cards, summaries and notices posted into the chat (the bot's host implements it and posts proactively
/// under the conversation's stored reference). The web app only names the action; the chat sees what a command shows. The
/// <see cref="Grant"/> is the gate's, so a meeting role that moderates counts as it does for a command.
/// </summary>
public interface IChatSteering
{
    Task<SteeringResult> StartForumAsync(ConversationMember moderator, Grant grant, int number, CancellationToken cancellationToken);

    Task<SteeringResult> CloseForumAsync(ConversationMember moderator, Grant grant, int number, CancellationToken cancellationToken);

    Task<SteeringResult> CarryOverAsync(ConversationMember moderator, Grant grant, int number, CancellationToken cancellationToken);

    Task<SteeringResult> SetItemStatusAsync(ConversationMember moderator, Grant grant, Guid itemId, bool open, CancellationToken cancellationToken);
}

/// <summary>Null <see cref="Refusal"/>: carried out (and posted into the chat); else why not, nothing changed.</summary>
public sealed record SteeringResult(Rejection? Refusal)
{
    public static SteeringResult Done { get; } = new((Rejection?)null);
}
