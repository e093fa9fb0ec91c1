using Collaboration.Bot.Teams;
using Collaboration.Forums.Delivery;
using Collaboration.Web.Teams;
using Microsoft.Extensions.Logging;

namespace Collaboration.Bot.Meetings;

/// <summary>
/// The web app's membership check: the conversation's roster as Teams lists it (<see cref="ConversationRosters"/>, read
/// through the reference the bot stored when the conversation's series was bound, and shared by every page request of
/// that conversation for two minutes). No stored reference, no member: the page's conversation is not one the bot
/// serves. Someone removed from the chat loses access when the roster is next read; someone added gets in seconds
/// after, when a request of theirs finds the roster older than <see cref="ConversationRosters.RereadOnMissAfter"/>.
/// </summary>
internal sealed class TeamsConversations(
    IConversationStore conversations, ConversationRosters rosters, ILogger<TeamsConversations> logger) : ITeamsConversations
{
    public async Task<ConversationMember?> FindMemberAsync(string conversationId, string userObjectId, string? tenantId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(conversationId) || string.IsNullOrWhiteSpace(userObjectId))
        {
            return null;
        }

        if (await conversations.GetConversationReferenceAsync(conversationId, cancellationToken) is not { } stored)
        {
            return null;
        }

        var reference = ProactiveTurns.Parse(stored);
        var conversationTenant = reference.Conversation?.TenantId;
        // A token of another tenant never names a member here, whatever ids it carries.
        if (!string.IsNullOrEmpty(tenantId) && !string.IsNullOrEmpty(conversationTenant) && !string.Equals(tenantId, conversationTenant, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        RosterMember? account;
        try
        {
            account = await rosters.FindAsync(conversationId, stored, userObjectId, cancellationToken);
        }
        catch (ConnectorCallException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Throttled past the retries, Teams down, the bot removed from the chat: fail closed.
            MeetingLog.MemberCheckFailed(logger, exception, exception.Status);
            return null;
        }

        if (account is null)
        {
            return null;
        }

        return new ConversationMember(
            conversationId,
            TurnInfoReader.KindOf(reference.Conversation?.ConversationType),
            new UserRef(account.UserId, account.Name),
            account.TeamsId,
            await conversations.GetMeetingIdAsync(conversationId, cancellationToken),
            string.IsNullOrEmpty(conversationTenant) ? tenantId : conversationTenant);
    }
}
