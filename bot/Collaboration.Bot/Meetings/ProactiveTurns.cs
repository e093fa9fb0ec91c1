using Collaboration.Bot.Delivery;
using Collaboration.Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace Collaboration.Bot.Meetings;

/// <summary>
/// Runs a Bot Connector call in a proactive turn on a stored conversation reference, after the rate limiter admitted
/// it: every call a bot makes counts against Teams' per-conversation and per-tenant limits, lookups included.
/// </summary>
internal sealed class ProactiveTurns(CloudAdapter adapter, ConnectorRateLimiter limiter, IOptions<BotOptions> options)
{
    // A reference without a tenant (the Playground's chats) still shares one budget, as in the fan-out.
    private const string UnknownTenant = "-";

    public static ConversationReference Parse(string referenceJson) =>
        JsonConvert.DeserializeObject<ConversationReference>(referenceJson)
        ?? throw new JsonSerializationException("The stored conversation reference is empty.");

    public async Task RunAsync(ConversationReference reference, Func<ITurnContext, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var tenant = reference.Conversation?.TenantId is { Length: > 0 } id ? id : UnknownTenant;
        await limiter.AcquireAsync(tenant, reference.Conversation?.Id, cancellationToken);
        await adapter.ContinueConversationAsync(options.Value.MicrosoftAppId ?? string.Empty, reference, (turnContext, ct) => call(turnContext, ct), cancellationToken);
    }
}
