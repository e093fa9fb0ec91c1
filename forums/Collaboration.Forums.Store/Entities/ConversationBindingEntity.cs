namespace Collaboration.Forums.Store.Entities;

internal sealed class ConversationBindingEntity
{
    public required string ConversationId { get; set; }

    public Guid SeriesId { get; set; }

    /// <summary>The bot's serialised conversation reference; opaque to the store.</summary>
    public required string Reference { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
