namespace Collaboration.Web.Teams;

/// <summary>
/// Teams' answer that a signed-in person is a member of a conversation: everything the web app knows about where an
/// action comes from. The page only names the conversation; the kind, the meeting and the member are Teams' word.
/// </summary>
/// <param name="TeamsUserId">The member's Teams id ("29:…"), which in-meeting notifications address.</param>
/// <param name="MeetingId">The meeting whose chat the conversation is, as the bot learnt it from Teams' activities.</param>
public sealed record ConversationMember(string ConversationId, ConversationKind Kind, UserRef User, string? TeamsUserId, string? MeetingId, string? TenantId)
{
    public Actor Actor => new(User, ConversationId, Kind) { MeetingId = MeetingId, TenantId = TenantId };
}
