using Collaboration.Forums.Access;

namespace Collaboration.Forums.Application;

/// <summary>Who moderates beyond each series' own moderators, and who may create a series (Entra object IDs).</summary>
public sealed class ModerationOptions
{
    /// <summary>Moderators of every series, in addition to each series' creator and moderators.</summary>
    public IList<string> ModeratorIds { get; } = [];

    /// <summary>Operators of the district: allowed everything a moderator of any series is allowed.</summary>
    public IList<string> AdministratorIds { get; } = [];

    /// <summary>
    /// Whether anyone may create a series (and so moderate it). Off by default: in a district tenant a series names
    /// its creator moderator of a chat, so only configured moderators and administrators may create one.
    /// </summary>
    public bool AnyoneMayCreateSeries { get; set; }

    /// <summary>
    /// Which meeting roles moderate the series bound to the meeting's chat. Attendees never do; the organiser and
    /// presenters do by default, as they run the meeting the forum takes place in.
    /// </summary>
    public MeetingModerators MeetingModerators { get; set; } = MeetingModerators.OrganizerAndPresenters;
}
