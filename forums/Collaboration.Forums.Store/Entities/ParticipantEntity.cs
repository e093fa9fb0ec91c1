namespace Collaboration.Forums.Store.Entities;

internal sealed class ParticipantEntity
{
    public Guid Id { get; set; }

    public Guid SeriesId { get; set; }

    public required string UserId { get; set; }

    public required string DisplayName { get; set; }

    public required string GroupKey { get; set; }

    public required string Organisation { get; set; }

    public string? Municipality { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
}
