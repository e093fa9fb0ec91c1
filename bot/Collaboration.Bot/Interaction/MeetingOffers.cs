using Collaboration.Bot.Meetings;

namespace Collaboration.Bot.Interaction;

/// <summary>
/// A meeting's start and end in a chat bound to a series: the offer to start the next forum, or to close the open
/// one, posted once per event however often Teams delivers it and however many instances get it.
/// </summary>
internal sealed class MeetingOffers(IConversationStore conversations, ResultsService results, IMeetingEventLog events, ILogger<MeetingOffers> logger)
{
    public async Task<IReadOnlyList<BotReply>> HandleAsync(TurnInfo turn, MeetingEventKind kind, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.MeetingId is not { Length: > 0 } meetingId
            || await conversations.GetBoundSeriesAsync(turn.ConversationId, cancellationToken) is not { } seriesId
            || await results.GetSeriesAsync(seriesId, cancellationToken) is not { Succeeded: true } found)
        {
            return [];
        }

        var series = found.Value!;
        // The next forum is the first not yet held; the open one is the one running (a series runs one at a time).
        var forum = kind == MeetingEventKind.Start
            ? series.Forums.FirstOrDefault(f => f.Status == ForumStatus.Draft)
            : series.Forums.FirstOrDefault(f => f.Status == ForumStatus.Open);
        if (forum is null)
        {
            return [];
        }

        if (!await events.ClaimAsync(new MeetingEventClaim(meetingId, kind, occurredAt, series.Id), cancellationToken))
        {
            MeetingLog.DuplicateMeetingEvent(logger, kind);
            return [];
        }

        var text = BotText.For(turn.Language);
        return [new BotReply(kind == MeetingEventKind.Start ? MeetingCards.StartOffer(text, series, forum) : MeetingCards.CloseOffer(text, series, forum))];
    }
}
