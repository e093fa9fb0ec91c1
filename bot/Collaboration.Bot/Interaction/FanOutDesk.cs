using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Delivery;
using Collaboration.Bot.Localization;
using Collaboration.Forums.Application;

namespace Collaboration.Bot.Interaction;

/// <summary>A moderator's "privat" and "erinnern", by command or button: records the fan-out and wakes the worker that sends it.</summary>
internal sealed class FanOutDesk(FanOutService fanOuts, FanOutWorker worker)
{
    public async Task<AdaptiveCard> SendPrivatelyAsync(BotText text, Guid seriesId, string itemKey, TurnInfo turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var started = await fanOuts.StartAsync(seriesId, itemKey, turn.User, Source(turn), cancellationToken);
        if (!started.Succeeded)
        {
            return NoticeCards.Refusal(text, started.Rejection);
        }

        worker.Wake();
        return FanOutCards.Started(text, started.Value.Item);
    }

    public async Task<AdaptiveCard> RemindAsync(BotText text, Guid seriesId, string itemKey, TurnInfo turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var started = await fanOuts.RemindAsync(seriesId, itemKey, turn.User, Source(turn), cancellationToken);
        if (!started.Succeeded)
        {
            return NoticeCards.Refusal(text, started.Rejection);
        }

        worker.Wake();
        return FanOutCards.ReminderStarted(text, started.Value.Item, started.Value.Recipients ?? 0);
    }

    private static FanOutSource Source(TurnInfo turn) => new(turn.ConversationId, turn.ConversationReference);
}
