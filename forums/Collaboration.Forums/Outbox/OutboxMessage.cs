namespace Collaboration.Forums.Outbox;

/// <summary>
/// Work for a background worker, written in the same transaction as the change that calls for it, so a committed
/// change is never without its follow-up and a rolled-back one never has one. <paramref name="Payload"/> is JSON.
/// </summary>
public sealed record OutboxMessage(Guid Id, string Kind, string Payload, DateTimeOffset CreatedAt)
{
    /// <summary>Archive a closed forum's results to SharePoint.</summary>
    public static OutboxMessage ArchiveForum(Guid id, Guid seriesId, int forumNumber, DateTimeOffset createdAt) =>
        new(id, ArchiveForumPayload.Kind, new ArchiveForumPayload(seriesId, forumNumber).ToJson(), createdAt);

    /// <summary>Post an archived forum's links into one conversation; the id follows from the archive job and the conversation.</summary>
    public static OutboxMessage PostArchiveLinks(Guid archiveJobId, ArchiveLinksPayload payload, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new(DerivedMessageId.From(archiveJobId, payload.ConversationId), ArchiveLinksPayload.Kind, payload.ToJson(), createdAt);
    }

    /// <summary>Clean SharePoint up after an erasure: delete the person's need items, archive the affected forums again.</summary>
    public static OutboxMessage ErasePersonArchive(Guid id, ErasePersonArchivePayload payload, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new(id, ErasePersonArchivePayload.Kind, payload.ToJson(), createdAt);
    }
}
