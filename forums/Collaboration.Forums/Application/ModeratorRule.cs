using Collaboration.Forums.Access;

namespace Collaboration.Forums.Application;

/// <summary>
/// The one rule of who moderates: a series' creator and its moderators, the moderators configured for every series,
/// and the configured administrators, who may do everything a moderator may. Every check of a role asks this.
/// </summary>
public sealed class ModeratorRule(ModerationOptions options)
{
    public bool IsAdministrator(UserRef user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Contains(options.AdministratorIds, user.Id);
    }

    public bool IsModerator(ForumSeries series, UserRef user)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(user);
        return Contains(series.Moderators, user.Id) || Contains(options.ModeratorIds, user.Id) || IsAdministrator(user);
    }

    /// <summary>Creating a series makes its creator moderator of the chat it is bound to, so it is a moderator's right.</summary>
    public bool MayCreateSeries(UserRef user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return options.AnyoneMayCreateSeries || Contains(options.ModeratorIds, user.Id) || IsAdministrator(user);
    }

    /// <summary>Whether any meeting role moderates at all; if not, Teams is never asked for one.</summary>
    public bool MeetingRolesModerate => options.MeetingModerators != MeetingModerators.None;

    /// <summary>Whether this role in the meeting whose chat the series is bound to makes its holder a moderator.</summary>
    public bool ModeratesByMeetingRole(MeetingRole role) => options.MeetingModerators switch
    {
        MeetingModerators.Organizer => role == MeetingRole.Organizer,
        MeetingModerators.OrganizerAndPresenters => role is MeetingRole.Organizer or MeetingRole.Presenter,
        _ => false,
    };

    // An empty id (an activity without a sender) never matches an empty entry of a badly written list.
    private static bool Contains(IEnumerable<string> ids, string id) => id.Length > 0 && ids.Any(entry => SamePerson(entry, id));

    /// <summary>
    /// The same person's id as the bot and the web app see them. Both use the Entra object id where Teams sends one
    /// (the bot from the activity's aadObjectId, the web app and the add-in from the token's oid), a GUID whose letters
    /// Entra writes in lower case but an operator may paste into a setting in upper case: two GUIDs are compared as GUIDs.
    /// Anything else (a Teams id "29:…", stored when a client sent no object id) matches only itself exactly, so a
    /// token can never match it: such a moderator reaches the series from its chat, and nothing outside Teams.
    /// </summary>
    private static bool SamePerson(string stored, string id) =>
        string.Equals(stored, id, StringComparison.Ordinal)
        || (Guid.TryParseExact(stored, "D", out var a) && Guid.TryParseExact(id, "D", out var b) && a == b);
}
