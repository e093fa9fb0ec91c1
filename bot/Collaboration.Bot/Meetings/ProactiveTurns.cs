using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Collaboration.Bot.Meetings;

/// <summary>
/// Runs a Bot Connector call in a proactive turn on a stored conversation reference, in the conversation's tenant and
/// thread budget: every call a bot makes counts against Teams' per-conversation and per-tenant limits, lookups included,
/// and the connector handler paces each of them.
/// </summary>
internal sealed class ProactiveTurns(CloudAdapter adapter, IOptions<BotOptions> options)
{
    public static ConversationReference Parse(string referenceJson) =>
        JsonConvert.DeserializeObject<ConversationReference>(referenceJson)
        ?? throw new JsonSerializationException("The stored conversation reference is empty.");

    public async Task RunAsync(ConversationReference reference, Func<ITurnContext, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        using var scope = TeamsCallScope.For(reference.Conversation?.TenantId, limitThread: true);
        await adapter.ContinueConversationAsync(options.Value.MicrosoftAppId ?? string.Empty, reference, (turnContext, ct) => call(turnContext, ct), cancellationToken);
    }
}
