namespace Collaboration.Forums.Access;

/// <summary>A person's role in a Teams meeting, as Teams' meeting participant API reports it.</summary>
public enum MeetingRole
{
    /// <summary>Not a participant of the meeting, or no meeting at all.</summary>
    None,
    Attendee,
    Presenter,
    Organizer,
}
