using Collaboration.Forums.Delivery;

namespace Collaboration.Forums.Store.Entities;

internal sealed class FanOutRecipientEntity
{
    public Guid FanOutId { get; set; }

    public required string UserId { get; set; }

    public required string TeamsId { get; set; }

    public required string Name { get; set; }

    public RecipientState State { get; set; }

    public string? PersonalConversationId { get; set; }

    public string? ActivityId { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LeasedUntil { get; set; }

    public string? LeaseOwner { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
