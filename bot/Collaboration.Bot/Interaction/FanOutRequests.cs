using Collaboration.Bot.Gate;
using Collaboration.Forums.Delivery;
using Collaboration.Forums.Validation;

namespace Collaboration.Bot.Interaction;

/// <summary>
/// A moderator's "privat" and "erinnern", by command or button, after the gate: records the fan-out and wakes the
/// worker that sends it. A repeat or a reminder first answers with a confirmation card.
/// </summary>
internal sealed class FanOutRequests(FanOutService fanOuts, FanOutWorker worker)
{
    public async Task<ActionReply> SendPrivatelyAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (text, key) = (context.Text, context.Action.Argument!);
        var started = await fanOuts.StartAsync(context.Grant, key, context.Turn.User, Source(context.Turn), context.Action.Confirmed, cancellationToken);
        if (!started.Succeeded)
        {
            return Refused(context, CardVerb.SendPrivately.Wire(), "FanOut.ConfirmRepeat", started.Rejection);
        }

        worker.Wake();
        return ActionReply.Only(FanOutCards.Started(text, started.Value.Item));
    }

    public async Task<ActionReply> RemindAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (text, key) = (context.Text, context.Action.Argument!);
        var started = await fanOuts.RemindAsync(context.Grant, key, context.Turn.User, Source(context.Turn), context.Action.Confirmed, cancellationToken);
        if (!started.Succeeded)
        {
            return Refused(context, CardVerb.Remind.Wire(), "FanOut.ConfirmReminder", started.Rejection);
        }

        worker.Wake();
        return ActionReply.Only(FanOutCards.ReminderStarted(text, started.Value.Item, started.Value.Recipients ?? 0));
    }

    private static ActionReply Refused(ActionContext context, string verb, string confirmText, Rejection rejection)
    {
        var text = context.Text;
        if (rejection.Code != RejectionCode.FanOutNeedsConfirmation)
        {
            return ActionReply.Only(NoticeCards.Refusal(text, rejection));
        }

        var key = context.Action.Argument!;
        var data = CardData.Of((CardData.SeriesId, context.RequiredSeries.Id), (CardInput.SelectedItem.Id(), key));
        return ActionReply.Only(ConfirmationCards.Create(text, text.Format(confirmText, CardText.EscapeAndTruncate(key, 80)), verb, data));
    }

    private static FanOutSource Source(TurnInfo turn) => new(turn.ConversationId, turn.ConversationReference);
}
