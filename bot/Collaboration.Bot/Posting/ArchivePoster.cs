using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Hosting;
using Collaboration.Bot.Localization;
using Collaboration.Bot.Teams;
using Collaboration.Forums.Store;
using Collaboration.GraphSync;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace Collaboration.Bot.Posting;

/// <summary>
/// When graph-sync has archived a forum, posts the links to its files into every conversation bound to the series,
/// each in its conversation's language. A conversation that cannot be reached is logged and skipped: the archive is
/// in SharePoint either way, and the job must not run again for a card.
/// </summary>
internal sealed class ArchivePoster(IConversationStore conversations, CloudAdapter adapter, IOptions<BotOptions> options, ILogger<ArchivePoster> logger)
    : IArchiveListener
{
    public async Task ArchivedAsync(ForumArchived archived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archived);
        if (archived.Files.Count == 0)
        {
            return;
        }

        IReadOnlyList<BoundConversation> bound;
        try
        {
            bound = await conversations.GetConversationsOfSeriesAsync(archived.SeriesId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.ArchiveCardFailed(logger, exception, archived.ForumNumber, archived.SeriesId, null);
            return;
        }

        foreach (var conversation in bound)
        {
            try
            {
                var reference = JsonConvert.DeserializeObject<ConversationReference>(conversation.ConversationReference)
                    ?? throw new JsonSerializationException("The stored conversation reference is empty.");
                var card = CardJson.Serialize(ArchiveCards.Archived(BotText.For(BotText.LanguageOf(reference.Locale)), archived));
                await adapter.ContinueConversationAsync(options.Value.MicrosoftAppId ?? string.Empty, reference,
                    (turnContext, ct) => turnContext.SendActivityAsync(CardActivities.Message(card), ct), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One conversation that cannot be reached (bot removed, throttled) must not keep the others from their links.
                Log.ArchiveCardFailed(logger, exception, archived.ForumNumber, archived.SeriesId, conversation.ConversationId);
            }
        }
    }
}
