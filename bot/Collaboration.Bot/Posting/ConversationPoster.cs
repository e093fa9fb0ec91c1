using Collaboration.Bot.Teams;
using Microsoft.Bot.Builder;

namespace Collaboration.Bot.Posting;

/// <summary>
/// Posts cards into the current conversation and remembers which posted card shows which item, so that
/// <see cref="CardRefresher"/> can later update those cards in place with fresh results (told through <see cref="ItemChanges"/>).
/// </summary>
internal sealed class ConversationPoster(IConversationStore conversations, ItemChanges changes, TimeProvider time)
{
    public async Task PostAsync(ITurnContext turnContext, IEnumerable<BotReply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            var sent = await turnContext.SendActivityAsync(CardActivities.Message(reply.Card), cancellationToken);
            if (reply.ShowsItem is { } itemId && sent?.Id is { Length: > 0 } activityId)
            {
                var conversationId = TurnInfoReader.ConversationIdOf(turnContext.Activity);
                await conversations.SaveCardPostAsync(new CardPost(itemId, conversationId, activityId, time.GetUtcNow()), cancellationToken);
            }

            // One consent card per message: Teams shows a single file's Allow / Decline per message.
            foreach (var offer in reply.Offers)
            {
                await turnContext.SendActivityAsync(FileActivities.ConsentMessage(offer), cancellationToken);
            }
        }
    }

    /// <summary>The turn changed these items: their posted cards, live views and other instances follow.</summary>
    public void MarkStale(IEnumerable<Guid> itemIds) => changes.Changed(itemIds);
}
