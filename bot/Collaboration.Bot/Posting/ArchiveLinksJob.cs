using Collaboration.Bot.Teams;
using Collaboration.Forums.Outbox;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Collaboration.Bot.Posting;

/// <summary>
/// Posts an archived forum's links into one conversation, in that conversation's language. graph-sync queues one
/// message per conversation (wherever graph-sync runs), so the outbox retries a conversation that is briefly
/// unreachable on its own. A card is posted again only if the process dies between Teams accepting it and the
/// message being marked done.
/// </summary>
internal sealed class ArchiveLinksJob(IConversationStore conversations, CloudAdapter adapter, IOptions<BotOptions> options) : IOutboxJob
{
    public string Kind => ArchiveLinksPayload.Kind;

    public async Task RunAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var links = OutboxPayload.Read(entry, ArchiveLinksPayload.Parse);

        var stored = await conversations.GetConversationReferenceAsync(links.ConversationId, cancellationToken)
            ?? throw new PermanentJobException($"The bot knows no conversation {links.ConversationId}.");
        var reference = JsonConvert.DeserializeObject<ConversationReference>(stored)
            ?? throw new PermanentJobException($"The stored reference of conversation {links.ConversationId} is empty.");
        var card = CardJson.Serialize(ArchiveCards.Archived(BotText.For(BotText.LanguageOf(reference.Locale)), links));
        // A refusal reaches the outbox worker, which sorts it (ConnectorFailureClassifier): a removed bot or a chat
        // that is gone (403, 404) is given up at once, throttling waits as long as Teams asked.
        await adapter.ContinueConversationAsync(options.Value.MicrosoftAppId ?? string.Empty, reference,
            (turnContext, ct) => turnContext.SendActivityAsync(CardActivities.Message(card), ct), cancellationToken);
    }
}
