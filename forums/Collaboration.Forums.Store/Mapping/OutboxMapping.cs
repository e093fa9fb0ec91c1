using Collaboration.Forums.Outbox;

namespace Collaboration.Forums.Store.Mapping;

internal static class OutboxMapping
{
    public static OutboxEntity ToEntity(OutboxMessage message) => new()
    {
        Id = message.Id,
        Kind = message.Kind,
        Payload = message.Payload,
        CreatedAt = message.CreatedAt,
        NextAttemptAt = message.CreatedAt,
    };

    public static OutboxEntry ToDomain(OutboxEntity entity) => new(
        entity.Id, entity.Kind, entity.Payload, entity.CreatedAt, entity.Attempts, entity.NextAttemptAt,
        entity.LeasedUntil, entity.LeaseOwner, entity.DoneAt, entity.LastError, entity.Poison);
}
