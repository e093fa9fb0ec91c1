using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace Collaboration.Bot.Meetings;

/// <summary>
/// A person's meeting role from Teams' meeting participant API (TeamsInfo.GetMeetingParticipantAsync), in a proactive
/// turn on the stored reference of the meeting's bound chat. It fails closed: whatever goes wrong, the answer is
/// <see cref="MeetingRole.None"/>, which moderates nothing.
/// </summary>
internal sealed class TeamsMeetingRoles(
    IConversationStore conversations, ProactiveTurns turns, IMemoryCache cache, ILogger<TeamsMeetingRoles> logger) : IMeetingRoles
{
    /// <summary>
    /// How long a role is believed. Roles rarely change during a meeting, and a moderator clicks through a dozen
    /// buttons in a few minutes: one call to Teams per person and meeting every five minutes instead of one per click.
    /// A presenter demoted mid-meeting keeps moderating for at most this long. Failures are not kept.
    /// </summary>
    public static readonly TimeSpan RoleLifetime = TimeSpan.FromMinutes(5);

    public async Task<MeetingRole> GetRoleAsync(string meetingId, string? tenantId, UserRef user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(meetingId) || string.IsNullOrEmpty(user.Id))
        {
            return MeetingRole.None;
        }

        var key = (nameof(TeamsMeetingRoles), meetingId, user.Id);
        if (cache.TryGetValue(key, out MeetingRole known))
        {
            return known;
        }

        if (await conversations.GetReferenceOfMeetingAsync(meetingId, cancellationToken) is not { } stored)
        {
            MeetingLog.MeetingUnknown(logger);
            return MeetingRole.None;
        }

        var reference = ProactiveTurns.Parse(stored);
        TeamsMeetingParticipant? participant = null;
        try
        {
            await turns.RunAsync(
                reference,
                async (turnContext, ct) => participant = await TeamsInfo.GetMeetingParticipantAsync(
                    turnContext, meetingId, user.Id, tenantId ?? reference.Conversation?.TenantId, ct),
                cancellationToken);
        }
        catch (Exception exception) when (ConnectorStatus.IsConnectorFailure(exception) && !cancellationToken.IsCancellationRequested)
        {
            MeetingLog.RoleUnknown(logger, exception, ConnectorStatus.Of(exception));
            return MeetingRole.None;
        }

        var role = RoleOf(participant);
        cache.Set(key, role, RoleLifetime);
        return role;
    }

    /// <summary>Teams' role names; a participant who left the meeting keeps their role, as the chat stays theirs.</summary>
    private static MeetingRole RoleOf(TeamsMeetingParticipant? participant) => participant?.Meeting?.Role switch
    {
        { } role when role.Equals("Organizer", StringComparison.OrdinalIgnoreCase) => MeetingRole.Organizer,
        { } role when role.Equals("Presenter", StringComparison.OrdinalIgnoreCase) => MeetingRole.Presenter,
        { } role when role.Equals("Attendee", StringComparison.OrdinalIgnoreCase) => MeetingRole.Attendee,
        _ => MeetingRole.None,
    };
}
