namespace Collaboration.Forums.Store.Entities;

/// <summary>
/// A row of <c>responses</c>, keyed by (item, respondent key). <see cref="Revision"/> counts the writes that changed
/// the answer: the upsert returns it, so 1 means the row was inserted and more means it was updated.
/// </summary>
internal sealed class ResponseEntity
{
    public Guid ItemId { get; set; }

    public required string RespondentKey { get; set; }

    public Guid? ParticipantId { get; set; }

    public required string GroupKey { get; set; }

    public required string Answer { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Revision { get; set; }
}
