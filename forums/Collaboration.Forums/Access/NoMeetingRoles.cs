using Collaboration.Forums.Application;

namespace Collaboration.Forums.Access;

/// <summary>For hosts without Teams meetings (tools, tests of chats): nobody has a meeting role.</summary>
public sealed class NoMeetingRoles : IMeetingRoles
{
    public Task<MeetingRole> GetRoleAsync(string meetingId, string? tenantId, UserRef user, CancellationToken cancellationToken) =>
        Task.FromResult(MeetingRole.None);
}
