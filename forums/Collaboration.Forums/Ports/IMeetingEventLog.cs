namespace Collaboration.Forums.Ports;

/// <summary>
/// The meeting start and end events the bot has acted on. Teams may deliver an event twice, and with several
/// instances two of them may each get it: only the one whose claim inserts the row acts.
/// </summary>
public interface IMeetingEventLog
{
    /// <returns>True for the first claim of the event, false for every later one (a duplicate delivery).</returns>
    Task<bool> ClaimAsync(MeetingEventClaim claim, CancellationToken cancellationToken);
}

/// <summary>One meeting event: the meeting, start or end, and the time Teams reports for it (the same on every delivery).</summary>
public sealed record MeetingEventClaim(string MeetingId, MeetingEventKind Kind, DateTimeOffset OccurredAt, Guid SeriesId);

public enum MeetingEventKind
{
    Start,
    End,
}
