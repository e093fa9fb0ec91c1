using Collaboration.Forums.Delivery;

namespace Collaboration.Forums.Store.Mapping;

internal static class FanOutMapping
{
    public static FanOutEntity ToEntity(FanOut fanOut) => new()
    {
        Id = fanOut.Id,
        SeriesId = fanOut.SeriesId,
        ItemId = fanOut.ItemId,
        Kind = fanOut.Kind,
        RemindsOf = fanOut.RemindsOf,
        SourceConversationId = fanOut.SourceConversationId,
        SourceReference = fanOut.SourceReference,
        RequestedBy = fanOut.RequestedBy,
        CreatedAt = fanOut.CreatedAt,
        RosterReadAt = fanOut.RosterReadAt,
        CompletedAt = fanOut.CompletedAt,
    };

    public static FanOut ToDomain(FanOutEntity entity) =>
        new(entity.Id, entity.SeriesId, entity.ItemId, entity.Kind, entity.SourceConversationId, entity.SourceReference, entity.RequestedBy, entity.CreatedAt)
        {
            RemindsOf = entity.RemindsOf,
            RosterReadAt = entity.RosterReadAt,
            CompletedAt = entity.CompletedAt,
        };

    public static FanOutRecipientEntity ToEntity(FanOutRecipient recipient, DateTimeOffset now) => new()
    {
        FanOutId = recipient.FanOutId,
        UserId = recipient.UserId,
        TeamsId = recipient.TeamsId,
        Name = recipient.Name,
        State = recipient.State,
        PersonalConversationId = recipient.PersonalConversationId,
        ActivityId = recipient.ActivityId,
        Attempts = recipient.Attempts,
        LastError = recipient.LastError,
        NextAttemptAt = now,
        UpdatedAt = now,
    };

    public static FanOutRecipient ToDomain(FanOutRecipientEntity entity) =>
        new(entity.FanOutId, entity.UserId, entity.TeamsId, entity.Name)
        {
            State = entity.State,
            PersonalConversationId = entity.PersonalConversationId,
            ActivityId = entity.ActivityId,
            Attempts = entity.Attempts,
            LastError = entity.LastError,
        };
}
