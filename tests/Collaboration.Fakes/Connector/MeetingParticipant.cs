namespace Collaboration.Fakes.Connector;

/// <summary>A person in a fake Teams meeting: the chat member, the role Teams reports ("Organizer", "Presenter", "Attendee") and whether they joined.</summary>
public sealed record MeetingParticipant(ConnectorMember Member, string Role, bool InMeeting = true);
