namespace Collaboration.Forums.Store;

/// <summary>
/// Where series live in Teams: which conversation a series is bound to, and which posted cards show an item,
/// so the bot can update them in place. References are opaque to the store (the bot's serialised form).
/// </summary>
public interface IConversationStore
{
    Task BindSeriesAsync(string conversationId, Guid seriesId, string conversationReference, CancellationToken cancellationToken);

    Task<Guid?> GetBoundSeriesAsync(string conversationId, CancellationToken cancellationToken);

    Task<string?> GetConversationReferenceAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Every conversation bound to the series now (a later bind elsewhere takes a conversation away), by conversation id.</summary>
    Task<IReadOnlyList<BoundConversation>> GetConversationsOfSeriesAsync(Guid seriesId, CancellationToken cancellationToken);

    Task SaveCardPostAsync(CardPost post, CancellationToken cancellationToken);

    Task<IReadOnlyList<CardPost>> GetCardPostsAsync(Guid itemId, CancellationToken cancellationToken);
}

/// <summary>A card the bot posted that shows <paramref name="ItemId"/> in a conversation.</summary>
public sealed record CardPost(Guid ItemId, string ConversationId, string ActivityId, DateTimeOffset PostedAt);

/// <summary>A conversation bound to a series, with the reference the bot stored to post into it later.</summary>
public sealed record BoundConversation(string ConversationId, string ConversationReference);
