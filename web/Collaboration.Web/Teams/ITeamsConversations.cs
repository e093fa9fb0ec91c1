namespace Collaboration.Web.Teams;

/// <summary>
/// Asks Teams whether a person is a member of a conversation (the bot's host implements it with the Bot Connector's
/// conversation member API, for conversations the bot is in). A page names a conversation; only this makes it true.
/// </summary>
public interface ITeamsConversations
{
    /// <param name="userObjectId">The Entra object id from the validated sign-in token.</param>
    /// <returns>Null when the person is not a member, or the bot is not in the conversation.</returns>
    Task<ConversationMember?> FindMemberAsync(string conversationId, string userObjectId, string? tenantId, CancellationToken cancellationToken);
}
