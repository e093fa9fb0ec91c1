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

    Task SaveCardPostAsync(CardPost post, CancellationToken cancellationToken);

    Task<IReadOnlyList<CardPost>> GetCardPostsAsync(Guid itemId, CancellationToken cancellationToken);
}

/// <summary>A card the bot posted that shows <paramref name="ItemId"/> in a conversation.</summary>
public sealed record CardPost(Guid ItemId, string ConversationId, string ActivityId, DateTimeOffset PostedAt);
