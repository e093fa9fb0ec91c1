namespace Collaboration.Forums.Outbox;

/// <summary>A stored outbox message with its delivery state.</summary>
public sealed record OutboxEntry(
    Guid Id,
    string Kind,
    string Payload,
    DateTimeOffset CreatedAt,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LeasedUntil,
    string? LeaseOwner,
    DateTimeOffset? DoneAt,
    string? LastError,
    bool Poison);
