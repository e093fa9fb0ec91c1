using Collaboration.Bot.Teams;
using Collaboration.Forums.Delivery;
using Collaboration.Forums.Retries;

namespace Collaboration.Bot.Delivery;

/// <summary>
/// The Bot Connector calls a fan-out makes, behind which the Teams layer keeps the Bot Framework types and the rate
/// limiter. Every call addresses Teams through the reference of the conversation the moderator asked in.
/// Failures come as <see cref="ConnectorCallException"/> carrying the HTTP status.
/// </summary>
internal interface IFanOutConnector
{
    /// <summary>The language of the conversation the reference points to (its locale when it was stored).</summary>
    Language LanguageOf(string sourceReference);

    /// <summary>One page of the members of the team or chat; the next page's token, or null after the last.</summary>
    Task<RosterPage> ReadRosterAsync(string sourceReference, string? continuationToken, int pageSize, CancellationToken cancellationToken);

    /// <summary>The personal (1:1) chat of the bot with the member; Teams answers the same chat for the same member.</summary>
    Task<string> CreatePersonalConversationAsync(string sourceReference, string teamsUserId, CancellationToken cancellationToken);

    /// <summary>Sends the card into a conversation and returns the new activity's id.</summary>
    Task<string> SendCardAsync(string sourceReference, string conversationId, string cardJson, CancellationToken cancellationToken);

    /// <summary>Posts the card into the conversation the reference points to (the moderator's chat).</summary>
    Task PostToSourceAsync(string sourceReference, string cardJson, CancellationToken cancellationToken);

    /// <summary>Replaces the card of an activity the bot posted into the conversation the reference points to.</summary>
    Task UpdateCardAsync(string sourceReference, string activityId, string cardJson, CancellationToken cancellationToken);
}

internal sealed record RosterPage(IReadOnlyList<RosterMember> Members, string? ContinuationToken);

/// <summary>A connector call that failed: the HTTP status (0 when no answer came) and the Retry-After Teams sent, if any.</summary>
internal sealed class ConnectorCallException : Exception
{
    public ConnectorCallException()
    {
    }

    public ConnectorCallException(string message)
        : base(message)
    {
    }

    public ConnectorCallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorCallException(int status, TimeSpan? retryAfter, string message, Exception? innerException)
        : base(message, innerException)
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    public int Status { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>What the status means for a retry (<see cref="ConnectorFailures"/>).</summary>
    public Failure Failure => ConnectorFailures.Of(Status, RetryAfter, Message);
}
