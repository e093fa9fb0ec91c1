using Collaboration.Forums.Access;
using Collaboration.Forums.Delivery;
using Collaboration.Forums.Participants;

namespace Collaboration.Forums.Application;

/// <summary>
/// Private fan-out use cases: a moderator sends an open item to every member of the series' chat one by one, and
/// later reminds those who got it and have not answered. The sending itself is the bot's; this decides who may,
/// which item, and who is reminded.
/// </summary>
public sealed class FanOutService(
    IForumStore store, IFanOutStore fanOuts, IConversationStore conversations, RespondentKeys respondentKeys, ModerationOptions moderation, FanOutPolicy policy,
    TimeProvider time, IIdSource ids)
{
    private readonly ModeratorRule _moderators = new(moderation);

    /// <summary>Records a fan-out of the open item <paramref name="itemKey"/>; its roster is read and sent to by the bot's worker.</summary>
    /// <param name="grant">The gate's verdict: the series, and whether the user moderates it (a meeting's presenter may, though the series does not name them).</param>
    /// <param name="confirmed">Whether the moderator confirmed a repeated send (see <see cref="FanOutPolicy"/>).</param>
    public async Task<Outcome<FanOutStarted>> StartAsync(Grant grant, string itemKey, UserRef moderator, FanOutSource source, bool confirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var seriesId = SeriesIdOf(grant);
        var found = await FindOpenItemAsync(seriesId, itemKey, moderator, grant.IsModerator, source, FanOutKind.Item, confirmed, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Rejection;
        }

        var fanOut = new FanOut(ids.NewId(), seriesId, found.Value.Id, FanOutKind.Item, source.ConversationId, source.ConversationReference,
            moderator.Id, time.GetUtcNow());
        await fanOuts.AddAsync(fanOut, [], cancellationToken);
        return Outcome<FanOutStarted>.Success(new FanOutStarted(fanOut, found.Value, Recipients: null));
    }

    /// <summary>
    /// Records a reminder to every member the item's latest fan-out reached who has not answered yet, or for an anonymous
    /// item to every member it reached (see <see cref="Reminders"/>). With nobody to remind nothing is stored and
    /// <see cref="FanOutStarted.Recipients"/> is 0.
    /// </summary>
    /// <param name="confirmed">Whether the moderator confirmed the reminder (see <see cref="FanOutPolicy"/>).</param>
    public async Task<Outcome<FanOutStarted>> RemindAsync(Grant grant, string itemKey, UserRef moderator, FanOutSource source, bool confirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var seriesId = SeriesIdOf(grant);
        var found = await FindOpenItemAsync(seriesId, itemKey, moderator, grant.IsModerator, source, FanOutKind.Reminder, confirmed, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Rejection;
        }

        var item = found.Value;
        var sent = await fanOuts.GetLatestAsync(item.Id, FanOutKind.Item, cancellationToken);
        if (sent is null)
        {
            return Outcome<FanOutStarted>.Failure(RejectionCode.NotSentPrivately, item.Key);
        }

        // Who answered an anonymous item is not even looked up: see Reminders.
        var answered = item.Anonymous ? new HashSet<string>() : await AnsweredUserIdsAsync(seriesId, item, cancellationToken);
        var remind = Reminders.Select(item, await fanOuts.GetRecipientsAsync(sent.Id, cancellationToken), answered);
        var reminder = new FanOut(ids.NewId(), seriesId, item.Id, FanOutKind.Reminder, source.ConversationId, source.ConversationReference,
            moderator.Id, time.GetUtcNow())
        {
            RemindsOf = sent.Id,
            RosterReadAt = time.GetUtcNow(),
        };
        if (remind.Count > 0)
        {
            await fanOuts.AddAsync(reminder, [.. remind.Select(r => r.For(reminder.Id))], cancellationToken);
        }

        return Outcome<FanOutStarted>.Success(new FanOutStarted(reminder, item, remind.Count));
    }

    /// <summary>
    /// The user ids of participants who answered the item. For an anonymous item this is computed from the keyed
    /// hashes in memory and kept nowhere: it says who answered, never what. Reminders do not use it for anonymous items.
    /// </summary>
    public async Task<IReadOnlySet<string>> AnsweredUserIdsAsync(Guid seriesId, ForumItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var keys = item.Spec is NeedsCollectionSpec
            ? (await store.GetNeedsAsync(item.Id, cancellationToken)).Select(n => n.RespondentKey)
            : (await store.GetResponsesAsync(item.Id, cancellationToken)).Select(r => r.RespondentKey);
        var answeredKeys = keys.ToHashSet(StringComparer.Ordinal);
        var participants = await store.GetParticipantsAsync(seriesId, cancellationToken);
        return participants.Where(p => answeredKeys.Contains(respondentKeys.For(item, p))).Select(p => p.UserId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The open item a moderator may send from <paramref name="source"/> now: the chat's roster is read, so only the
    /// series bound to that very chat may be sent from it, only by its moderators (by the series, or by the gate's grant),
    /// and not again too soon.
    /// </summary>
    private async Task<Outcome<ForumItem>> FindOpenItemAsync(
        Guid seriesId, string itemKey, UserRef moderator, bool granted, FanOutSource source, FanOutKind kind, bool confirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moderator);
        ArgumentException.ThrowIfNullOrWhiteSpace(itemKey);
        var series = await store.GetSeriesAsync(seriesId, cancellationToken);
        if (series is null)
        {
            return Outcome<ForumItem>.Failure(RejectionCode.SeriesNotFound);
        }

        if (await conversations.GetBoundSeriesAsync(source.ConversationId, cancellationToken) != seriesId)
        {
            return Outcome<ForumItem>.Failure(RejectionCode.NotThisChatsSeries);
        }

        if (!granted && !_moderators.IsModerator(series, moderator))
        {
            return Outcome<ForumItem>.Failure(RejectionCode.NotModerator);
        }

        var item = series.FindItemByKey(itemKey);
        if (item is null)
        {
            return Outcome<ForumItem>.Failure(RejectionCode.ItemNotFound, itemKey);
        }

        if (item.Status != ItemStatus.Open)
        {
            return Outcome<ForumItem>.Failure(RejectionCode.ItemNotOpen, item.Key);
        }

        var latest = await fanOuts.GetLatestFromAsync(item.Id, source.ConversationId, cancellationToken);
        return policy.Check(latest, kind, item.Key, confirmed, time.GetUtcNow()) is { } refusal ? refusal : Outcome<ForumItem>.Success(item);
    }

    private static Guid SeriesIdOf(Grant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return grant.Series?.Id ?? throw new ArgumentException("A fan-out needs the gate's series.", nameof(grant));
    }
}

/// <summary>Where the moderator asked: the conversation whose roster is read and where the summary goes.</summary>
public sealed record FanOutSource(string ConversationId, string ConversationReference);

/// <summary>A recorded fan-out and its item. <paramref name="Recipients"/> is known at once for a reminder, not for an item send.</summary>
public sealed record FanOutStarted(FanOut FanOut, ForumItem Item, int? Recipients);
