namespace Collaboration.Forums.Ports;

/// <summary>
/// Where series live in Teams: which conversation a series is bound to, and which posted cards show an item,
/// so the bot can update them in place. References are opaque to the store (the bot's serialised form).
/// </summary>
public interface IConversationStore
{
    Task BindSeriesAsync(string conversationId, Guid seriesId, string conversationReference, CancellationToken cancellationToken);

    Task<Guid?> GetBoundSeriesAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="GetBoundSeriesAsync"/>, but the instance may hand out the binding it kept without reading it again.
    /// Only for a vote, whose write checks the binding in its own transaction (<see cref="ConversationTie"/>).
    /// </summary>
    Task<Guid?> GetKeptBoundSeriesAsync(string conversationId, CancellationToken cancellationToken) => GetBoundSeriesAsync(conversationId, cancellationToken);

    Task<string?> GetConversationReferenceAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the conversation is the chat of a Teams meeting, as an authenticated activity from it said. Only a
    /// bound conversation keeps it (with its binding); for any other there is nothing to remember it with.
    /// </summary>
    /// <returns>Whether the conversation is bound, and so keeps the meeting id.</returns>
    Task<bool> RememberMeetingAsync(string conversationId, string meetingId, CancellationToken cancellationToken);

    /// <summary>The meeting whose chat the bound conversation is, or null when no activity from it named one.</summary>
    Task<string?> GetMeetingIdAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The stored reference of the bound chat of the meeting, or null when no bound chat is known to be its.</summary>
    Task<string?> GetReferenceOfMeetingAsync(string meetingId, CancellationToken cancellationToken);

    /// <summary>Every conversation bound to the series now (a later bind elsewhere takes a conversation away), by conversation id.</summary>
    Task<IReadOnlyList<BoundConversation>> GetConversationsOfSeriesAsync(Guid seriesId, CancellationToken cancellationToken);

    Task SaveCardPostAsync(CardPost post, CancellationToken cancellationToken);

    Task<IReadOnlyList<CardPost>> GetCardPostsAsync(Guid itemId, CancellationToken cancellationToken);
}

/// <summary>A card the bot posted that shows <paramref name="ItemId"/> in a conversation.</summary>
public sealed record CardPost(Guid ItemId, string ConversationId, string ActivityId, DateTimeOffset PostedAt);

/// <summary>A conversation bound to a series, with the reference the bot stored to post into it later.</summary>
public sealed record BoundConversation(string ConversationId, string ConversationReference);
