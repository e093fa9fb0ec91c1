namespace Collaboration.Forums.Store.Entities;

/// <summary>
/// A meeting start or end event the bot has acted on. The key is the event itself (meeting, kind, the time Teams
/// gives for it), so a second delivery, to this instance or another, finds the row and does nothing.
/// </summary>
internal sealed class MeetingEventEntity
{
    public required string MeetingId { get; set; }

    public required string Kind { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The series whose chat got the offer; the row goes when the series goes (no personal data in it).</summary>
    public Guid SeriesId { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }
}
