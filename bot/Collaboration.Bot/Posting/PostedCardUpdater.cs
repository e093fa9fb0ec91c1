using Collaboration.Forums.Retries;

namespace Collaboration.Bot.Posting;

/// <summary>
/// One update of an item's posted cards: reads the results now and replaces every card the bot posted of the item.
/// The one place where a posted card is updated (<see cref="CardRefresher"/> decides when).
/// </summary>
internal sealed partial class PostedCardUpdater(ResultsService results, IConversationStore conversations, IFanOutConnector connector, ILogger<PostedCardUpdater> logger)
{
    /// <summary>
    /// Updates every posted card of the item; returns the failure to retry on (the one that asks for the longest wait),
    /// or null when every card that can be reached got the new results. A conversation Teams refuses for good (the bot
    /// was removed) is logged and left.
    /// </summary>
    public async Task<ConnectorCallException?> UpdateAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var view = await results.ViewItemAsync(itemId, null, cancellationToken);
        if (!view.Succeeded)
        {
            return null;
        }

        // A shared card speaks the language of its conversation (the locale the series was set up in),
        // not that of whoever voted last.
        var cards = new Dictionary<Language, string>();
        ConnectorCallException? retry = null;
        foreach (var post in await conversations.GetCardPostsAsync(itemId, cancellationToken))
        {
            var reference = await conversations.GetConversationReferenceAsync(post.ConversationId, cancellationToken);
            if (reference is null)
            {
                continue;
            }

            var language = connector.LanguageOf(reference);
            if (!cards.TryGetValue(language, out var card))
            {
                card = CardJson.Serialize(ItemCards.Create(BotText.For(language), new ItemCardRequest(view.Value, Personal: false)));
                cards[language] = card;
            }

            try
            {
                await connector.UpdateCardAsync(reference, post.ActivityId, card, cancellationToken);
            }
            catch (ConnectorCallException failure)
            {
                // One conversation that cannot be reached must not keep the others stale: the rest are still updated.
                Log.CardUpdateFailed(logger, failure, itemId, failure.Status);
                if (failure.Failure.Kind != FailureKind.Permanent && (retry is null || failure.RetryAfter > retry.RetryAfter))
                {
                    retry = failure;
                }
            }
        }

        return retry;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 730, Level = LogLevel.Warning, Message = "Updating a posted card of item {ItemId} failed ({Status})")]
        public static partial void CardUpdateFailed(ILogger logger, Exception exception, Guid itemId, int status);
    }
}
