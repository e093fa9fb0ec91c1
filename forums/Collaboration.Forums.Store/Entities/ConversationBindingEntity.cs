namespace Collaboration.Forums.Store.Entities;

internal sealed class ConversationBindingEntity
{
    public required string ConversationId { get; set; }

    public Guid SeriesId { get; set; }

    /// <summary>The bot's serialised conversation reference; opaque to the store.</summary>
    public required string Reference { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// The Teams meeting whose chat this is (channelData.meeting.id), once an activity from the chat told it. An id of
    /// the meeting, not of a person: it goes with the binding (series expiry cascades) and erasure leaves it.
    /// </summary>
    public string? MeetingId { get; set; }
}
