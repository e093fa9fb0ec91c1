namespace Collaboration.Forums.Store.Entities;

internal sealed class OutboxEntity
{
    public Guid Id { get; set; }

    public required string Kind { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LeasedUntil { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    public string? LastError { get; set; }

    public bool Poison { get; set; }
}
