namespace Collaboration.Forums.Store.Entities;

internal sealed class CardPostEntity
{
    public Guid ItemId { get; set; }

    public required string ConversationId { get; set; }

    public required string ActivityId { get; set; }

    public DateTimeOffset PostedAt { get; set; }
}
