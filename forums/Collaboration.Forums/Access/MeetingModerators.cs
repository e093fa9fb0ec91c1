namespace Collaboration.Forums.Access;

/// <summary>Which roles of a Teams meeting moderate the series bound to that meeting's chat, beside its own moderators.</summary>
public enum MeetingModerators
{
    /// <summary>Meeting roles change nothing: only the series' moderators moderate.</summary>
    None,

    /// <summary>The meeting's organiser.</summary>
    Organizer,

    /// <summary>The organiser and the presenters (Teams' default for who runs a meeting).</summary>
    OrganizerAndPresenters,
}
