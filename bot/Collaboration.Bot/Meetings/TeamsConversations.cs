using Collaboration.Bot.Teams;
using Collaboration.Forums.Application;
using Collaboration.Forums.Store;
using Collaboration.Web.Teams;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace Collaboration.Bot.Meetings;

/// <summary>
/// The web app's membership check: Teams' conversation member API (TeamsInfo.GetMemberAsync, which takes the Entra
/// object id as member id) in a proactive turn on the reference the bot stored when the conversation's series was
/// bound. No stored reference, no member: the page's conversation is not one the bot serves.
/// </summary>
internal sealed class TeamsConversations(
    IConversationStore conversations, ProactiveTurns turns, IMemoryCache cache, ILogger<TeamsConversations> logger) : ITeamsConversations
{
    /// <summary>
    /// How long a "yes" is believed. A page asks on every request; two minutes spare Teams' rate limits (a console
    /// polls, sixty people open the answer page at once) while someone removed from the chat loses access soon after.
    /// A "no" is never kept, so someone just added gets in at once.
    /// </summary>
    public static readonly TimeSpan MemberLifetime = TimeSpan.FromMinutes(2);

    public async Task<ConversationMember?> FindMemberAsync(string conversationId, string userObjectId, string? tenantId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(conversationId) || string.IsNullOrWhiteSpace(userObjectId))
        {
            return null;
        }

        var key = (nameof(TeamsConversations), conversationId, userObjectId);
        if (cache.TryGetValue(key, out ConversationMember? known))
        {
            return known;
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

        TeamsChannelAccount? account = null;
        try
        {
            await turns.RunAsync(reference, async (turnContext, ct) => account = await TeamsInfo.GetMemberAsync(turnContext, userObjectId, ct), cancellationToken);
        }
        catch (Exception exception) when (ConnectorStatus.IsConnectorFailure(exception) && !cancellationToken.IsCancellationRequested)
        {
            // 404 is Teams' "not a member"; anything else (throttled past the retries, Teams down) fails closed too.
            var status = ConnectorStatus.Of(exception);
            if (status != StatusCodes.Status404NotFound)
            {
                MeetingLog.MemberCheckFailed(logger, exception, status);
            }

            return null;
        }

        if (account is null || !string.Equals(account.AadObjectId, userObjectId, StringComparison.OrdinalIgnoreCase) && !string.Equals(account.Id, userObjectId, StringComparison.Ordinal))
        {
            return null;
        }

        var member = new ConversationMember(
            conversationId,
            TurnInfoReader.KindOf(reference.Conversation?.ConversationType),
            new UserRef(UserRef.IdOf(account.Id, account.AadObjectId), account.Name ?? string.Empty),
            account.Id,
            await conversations.GetMeetingIdAsync(conversationId, cancellationToken),
            string.IsNullOrEmpty(conversationTenant) ? tenantId : conversationTenant);
        cache.Set(key, member, MemberLifetime);
        return member;
    }
}
