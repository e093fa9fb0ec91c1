using Collaboration.Forums.Access;
using Collaboration.Forums.Application;

namespace Collaboration.Forums.Ports;

/// <summary>
/// Reads a person's role in a meeting from Teams (the bot's host implements it with Teams' meeting participant API).
/// Asked only when a role could change the answer: a moderator's action by someone who is not a moderator otherwise.
/// </summary>
public interface IMeetingRoles
{
    /// <param name="tenantId">The tenant the meeting belongs to; Teams needs it to find the meeting.</param>
    /// <returns><see cref="MeetingRole.None"/> when the person is not in the meeting or Teams cannot say.</returns>
    Task<MeetingRole> GetRoleAsync(string meetingId, string? tenantId, UserRef user, CancellationToken cancellationToken);
}
