using System.Collections.Concurrent;
using Collaboration.Forums.Delivery;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace Collaboration.Bot.Teams;

/// <summary>
/// The fan-out's Bot Connector calls: the paged roster (TeamsInfo, so a channel reads its team's members), personal
/// conversations created with the tenant and the member, and sends. Each call names its tenant and whether its thread's
/// limits apply (<see cref="TeamsCallScope"/>); the connector handler paces it. The cancellation token is not passed
/// into the call: a request once on the wire is never abandoned, because Teams may have accepted it, and a send given up
/// on would be sent again. The HTTP client's own timeout (100 s) bounds it, inside the fan-out's lease.
/// </summary>
internal sealed class TeamsFanOutConnector(CloudAdapter adapter, IOptions<BotOptions> options, TimeProvider time) : IFanOutConnector
{
    // Every member's calls use the same few references; parsing one per call would cost more than the call's own work.
    private readonly ConcurrentDictionary<string, ConversationReference> _references = new(StringComparer.Ordinal);

    public Language LanguageOf(string sourceReference) => BotText.LanguageOf(Parse(sourceReference).Locale);

    public async Task<RosterPage> ReadRosterAsync(string sourceReference, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        var reference = Parse(sourceReference);
        RosterPage? page = null;
        await CallAsync(reference, reference.Conversation.Id, async turnContext =>
        {
            var result = await TeamsInfo.GetPagedMembersAsync(turnContext, pageSize, continuationToken, CancellationToken.None);
            page = new RosterPage(
                [.. result.Members.Select(m => new RosterMember(m.Id, m.AadObjectId, m.Name ?? string.Empty))],
                string.IsNullOrEmpty(result.ContinuationToken) ? null : result.ContinuationToken);
        }, cancellationToken);
        return page!;
    }

    public async Task<string> CreatePersonalConversationAsync(string sourceReference, string teamsUserId, CancellationToken cancellationToken)
    {
        var reference = Parse(sourceReference);
        var tenantId = TenantOf(reference);
        string? conversationId = null;

        // Creating the chat addresses no existing thread, so only the tenant's budget applies.
        await CallAsync(reference, thread: null, async turnContext =>
        {
            var parameters = new ConversationParameters
            {
                IsGroup = false,
                Bot = reference.Bot,
                Members = [new ChannelAccount(teamsUserId)],
                TenantId = tenantId,
                ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
            };
            var created = await Client(turnContext).Conversations.CreateConversationAsync(parameters, CancellationToken.None);
            conversationId = created.Id;
        }, cancellationToken);
        return conversationId ?? throw new ConnectorCallException(0, null, "Teams answered no conversation id.", null);
    }

    public async Task<string> SendCardAsync(string sourceReference, string conversationId, string cardJson, CancellationToken cancellationToken)
    {
        var reference = Parse(sourceReference);
        string? activityId = null;

        // A personal chat gets one card per fan-out, far below Teams' per-thread limits; only the tenant limit binds.
        // A thread limiter per chat would stay in memory for its longest window (an hour) and buy nothing.
        await CallAsync(reference, thread: null, async turnContext =>
        {
            var activity = (Activity)CardActivities.Message(cardJson);
            activity.Conversation = new ConversationAccount(id: conversationId, tenantId: reference.Conversation.TenantId);
            activity.From = reference.Bot;
            var sent = await Client(turnContext).Conversations.SendToConversationAsync(conversationId, activity, CancellationToken.None);
            activityId = sent?.Id;
        }, cancellationToken);
        return activityId ?? throw new ConnectorCallException(0, null, "Teams answered no activity id.", null);
    }

    public Task PostToSourceAsync(string sourceReference, string cardJson, CancellationToken cancellationToken)
    {
        var reference = Parse(sourceReference);
        return CallAsync(reference, reference.Conversation.Id, turnContext => turnContext.SendActivityAsync(CardActivities.Message(cardJson), CancellationToken.None), cancellationToken);
    }

    public Task UpdateCardAsync(string sourceReference, string activityId, string cardJson, CancellationToken cancellationToken)
    {
        var reference = Parse(sourceReference);
        return CallAsync(reference, reference.Conversation.Id, turnContext =>
        {
            var update = CardActivities.Message(cardJson);
            update.Id = activityId;
            return turnContext.UpdateActivityAsync(update, CancellationToken.None);
        }, cancellationToken);
    }

    private async Task CallAsync(ConversationReference reference, string? thread, Func<ITurnContext, Task> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var scope = TeamsCallScope.For(reference.Conversation?.TenantId, limitThread: thread is not null);

        // The adapter hands a failed proactive call back to its caller (ForumBotAdapter), so it is caught here and
        // turned into what the fan-out decides on: the status and the Retry-After.
        try
        {
            await adapter.ContinueConversationAsync(options.Value.MicrosoftAppId ?? string.Empty, reference,
                (turnContext, _) => call(turnContext), CancellationToken.None);
        }
        catch (ErrorResponseException exception)
        {
            throw ConnectorFailures.FromResponse(exception.Response, exception, time.GetUtcNow());
        }
        catch (HttpOperationException exception)
        {
            throw ConnectorFailures.FromResponse(exception.Response, exception, time.GetUtcNow());
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or ObjectDisposedException)
        {
            // No answer at all: the connection broke, the call timed out, or the host is shutting its clients down.
            throw new ConnectorCallException(0, null, exception.Message, exception);
        }
    }

    private static IConnectorClient Client(ITurnContext turnContext) =>
        turnContext.TurnState.Get<IConnectorClient>() ?? throw new InvalidOperationException("The adapter put no connector client into the turn.");

    private static string TenantOf(ConversationReference reference) =>
        reference.Conversation?.TenantId is { Length: > 0 } tenant ? tenant : TeamsCall.UnknownTenant;

    /// <summary>The parsed reference; callers only read it (each call builds its own activity).</summary>
    private ConversationReference Parse(string sourceReference) =>
        _references.GetOrAdd(sourceReference, json => JsonConvert.DeserializeObject<ConversationReference>(json)
            ?? throw new JsonSerializationException("The stored conversation reference is empty."));
}
