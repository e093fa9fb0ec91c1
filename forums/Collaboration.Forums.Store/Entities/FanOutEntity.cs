using Collaboration.Forums.Delivery;

namespace Collaboration.Forums.Store.Entities;

internal sealed class FanOutEntity
{
    public Guid Id { get; set; }

    public Guid SeriesId { get; set; }

    public Guid ItemId { get; set; }

    public FanOutKind Kind { get; set; }

    public Guid? RemindsOf { get; set; }

    public required string SourceConversationId { get; set; }

    public required string SourceReference { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RosterReadAt { get; set; }

    public DateTimeOffset? RosterLeasedUntil { get; set; }

    public string? RosterLeaseOwner { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
