using Collaboration.Forums.Participants;

namespace Collaboration.Forums.Application;

/// <summary>
/// The participant's use cases: joining a series, answering an item, filing and supporting needs. It loads, lets the
/// domain decide, stores, and hands back the item as the participant's reply card shows it.
/// </summary>
public sealed class ParticipationService(IForumStore store, RespondentKeys respondentKeys, ResultsService results, TimeProvider time, IIdSource ids)
{
    private const int MaxOrganisationLength = 200;

    public async Task<Outcome<Participant>> OnboardAsync(Guid seriesId, UserRef user, string groupKey, string organisation, string? municipality, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var series = await store.GetSeriesAsync(seriesId, cancellationToken);
        if (series is null)
        {
            return Outcome<Participant>.Failure(RejectionCode.SeriesNotFound);
        }

        if (!series.Groups.Any(g => string.Equals(g.Key, groupKey, StringComparison.Ordinal)))
        {
            return Outcome<Participant>.Failure(RejectionCode.UnknownStakeholderGroup, groupKey);
        }

        organisation = TextRules.Normalise(organisation);
        municipality = string.IsNullOrWhiteSpace(municipality) ? null : TextRules.Normalise(municipality);
        (organisation, municipality) = series.Minimisation.Keep(organisation, municipality);
        if (organisation.Length == 0 && series.Minimisation.Organisation == Privacy.FieldUse.Required)
        {
            return Outcome<Participant>.Failure(RejectionCode.OrganisationMissing);
        }

        if (organisation.Length > MaxOrganisationLength || municipality?.Length > MaxOrganisationLength)
        {
            return Outcome<Participant>.Failure(RejectionCode.OrganisationTooLong, MaxOrganisationLength);
        }

        var existing = await store.GetParticipantAsync(seriesId, user.Id, cancellationToken);
        var participant = new Participant(existing?.Id ?? ids.NewId(), seriesId, user.Id, TextRules.Normalise(user.Name), groupKey, organisation, municipality,
            existing?.JoinedAt ?? time.GetUtcNow());
        return Outcome<Participant>.Success(await store.SaveParticipantAsync(participant, cancellationToken));
    }

    public Task<Outcome<AnswerReceipt>> SubmitAnswerAsync(Guid itemId, UserRef user, Answer answer, CancellationToken cancellationToken) =>
        SubmitAnswerAsync(itemId, user, _ => answer, cancellationToken);

    /// <summary>
    /// Stores the answer that <paramref name="read"/> makes of the item's spec (null: the input does not have the
    /// answer's shape). The item is loaded once for reading and writing: this is the path every vote takes.
    /// </summary>
    public async Task<Outcome<AnswerReceipt>> SubmitAnswerAsync(Guid itemId, UserRef user, Func<ItemSpec, Answer?> read, CancellationToken cancellationToken) =>
        await store.GetSeriesOfItemAsync(itemId, cancellationToken) is { } series
            ? await SubmitAnswerAsync(series, itemId, user, read, cancellationToken)
            : Outcome<AnswerReceipt>.Failure(RejectionCode.ItemNotFound, itemId);

    /// <summary>
    /// As above, with the series the caller read in this same request (the gate did, to check the item belongs to the
    /// conversation's series), so a vote reads it once. The participant and the answer are read and written here.
    /// The series may be this instance's kept snapshot, not read at all: if the write finds the series changed since
    /// (<see cref="ResponseWrite.Stale"/>), nothing was written and the vote is decided again on the series as stored;
    /// so is a refusal (rare), since the snapshot may be what refused it (an item opened again on another instance).
    /// </summary>
    public async Task<Outcome<AnswerReceipt>> SubmitAnswerAsync(ForumSeries series, Guid itemId, UserRef user, Func<ItemSpec, Answer?> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (await DecideAndWriteAsync(series, itemId, user, read, checkSnapshot: true, tie: null, cancellationToken) is { Succeeded: true } decided)
        {
            return decided;
        }

        // The second decision is on a series read now, its write checked for an open item as every vote's is.
        var stored = await store.GetSeriesOfItemAsync(itemId, cancellationToken);
        return stored is null
            ? Outcome<AnswerReceipt>.Failure(RejectionCode.ItemNotFound, itemId)
            : await DecideAndWriteAsync(stored, itemId, user, read, checkSnapshot: false, tie: null, cancellationToken) ?? throw new InvalidOperationException("A vote written without its snapshot checked came back stale.");
    }

    /// <summary>
    /// As above, for a vote the gate let in: when it did so on a kept tie of conversation and series
    /// (<see cref="Access.Grant.Tie"/>), the write checks that tie too. Null then when the vote was not decided for good:
    /// the write found the tie, the snapshot or the participant row stale (nothing written), or the kept copies refused
    /// it; the caller passes the vote through the gate again on fresh reads (<see cref="Access.KeptReads.None"/>).
    /// </summary>
    public async Task<Outcome<AnswerReceipt>?> SubmitAnswerAsync(Access.Grant grant, Guid itemId, UserRef user, Func<ItemSpec, Answer?> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(read);
        if (grant.Tie is not { } tie)
        {
            return await SubmitAnswerAsync(grant.RequiredSeries, itemId, user, read, cancellationToken);
        }

        var decided = await DecideAndWriteAsync(grant.RequiredSeries, itemId, user, read, checkSnapshot: true, tie, cancellationToken);
        return decided is { Succeeded: true } ? decided : null;
    }

    /// <returns>The vote's outcome, or null when it was decided on a snapshot the series has moved past (nothing written).</returns>
    private async Task<Outcome<AnswerReceipt>?> DecideAndWriteAsync(ForumSeries series, Guid itemId, UserRef user, Func<ItemSpec, Answer?> read, bool checkSnapshot, ConversationTie? tie,
        CancellationToken cancellationToken)
    {
        var context = await ForParticipantAsync(series, itemId, user, kept: checkSnapshot, cancellationToken);
        if (!context.Succeeded)
        {
            return context.Rejection;
        }

        var (_, forum, item, participant) = context.Value;
        if (read(item.Spec) is not { } answer)
        {
            return Outcome<AnswerReceipt>.Failure(RejectionCode.WrongAnswerKind);
        }

        var checkedAnswer = AnswerRules.Check(item, answer);
        if (!checkedAnswer.Succeeded)
        {
            return checkedAnswer.Rejection;
        }

        var response = new Response(item.Id, respondentKeys.For(item, participant), RespondentKeys.ParticipantIdFor(item, participant),
            RespondentKeys.GroupKeyFor(item, participant), checkedAnswer.Value, RespondentKeys.StampFor(item, time.GetUtcNow()));
        var write = checkSnapshot
            ? await store.UpsertOpenResponseAsync(response, series, participant, tie, cancellationToken)
            : await store.UpsertOpenResponseAsync(response, cancellationToken);
        if (write == ResponseWrite.Stale)
        {
            return null;
        }

        if (write == ResponseWrite.NotOpen)
        {
            return Outcome<AnswerReceipt>.Failure(RejectionCode.ItemNotOpen, item.Key);
        }

        var view = await results.ViewForReplyAsync(series, forum, item, participant, checkedAnswer.Value, cancellationToken);
        return Outcome<AnswerReceipt>.Success(new AnswerReceipt(view, write));
    }

    public async Task<Outcome<NeedReceipt>> SubmitNeedAsync(Guid itemId, UserRef user, NeedKind kind, string topicKey, string text, string clientKey, CancellationToken cancellationToken)
    {
        var context = await LoadForParticipantAsync(itemId, user, cancellationToken);
        if (!context.Succeeded)
        {
            return context.Rejection;
        }

        var (series, forum, item, participant) = context.Value;
        var checkedText = NeedRules.Check(item, kind, topicKey, text, series.Topics);
        if (!checkedText.Succeeded)
        {
            return checkedText.Rejection;
        }

        var entry = new NeedEntry(ids.NewId(), item.Id, respondentKeys.For(item, participant), RespondentKeys.ParticipantIdFor(item, participant),
            RespondentKeys.GroupKeyFor(item, participant), kind, topicKey, checkedText.Value, clientKey, RespondentKeys.StampFor(item, time.GetUtcNow()));
        var added = await store.AddNeedAsync(entry, cancellationToken);
        var view = await results.ViewForReplyAsync(series, forum, item, participant, null, cancellationToken);
        // A repeated delivery stored nothing new, and this entry's id is not the stored one's.
        return Outcome<NeedReceipt>.Success(new NeedReceipt(added ? view with { Results = ((NeedsResults)view.Results).Including(entry) } : view, entry, added));
    }

    public async Task<Outcome<NeedReceipt>> SupportNeedAsync(Guid needId, UserRef user, CancellationToken cancellationToken)
    {
        var need = await store.GetNeedAsync(needId, cancellationToken);
        if (need is null)
        {
            return Outcome<NeedReceipt>.Failure(RejectionCode.NeedNotFound);
        }

        // Loading for a participant refuses an item (or forum) that is not open, so a closed item takes no support.
        var context = await LoadForParticipantAsync(need.ItemId, user, cancellationToken);
        if (!context.Succeeded)
        {
            return context.Rejection;
        }

        var (series, forum, item, participant) = context.Value;
        var added = await store.AddNeedSupportAsync(new NeedSupport(needId, respondentKeys.For(item, participant), RespondentKeys.StampFor(item, time.GetUtcNow())), cancellationToken);
        var view = await results.ViewForReplyAsync(series, forum, item, participant, null, cancellationToken);
        return Outcome<NeedReceipt>.Success(new NeedReceipt(view, need, added));
    }

    private async Task<Outcome<(ForumSeries Series, Forum Forum, ForumItem Item, Participant Participant)>> LoadForParticipantAsync(Guid itemId, UserRef user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var series = await store.GetSeriesOfItemAsync(itemId, cancellationToken);
        return series is null
            ? Outcome<(ForumSeries, Forum, ForumItem, Participant)>.Failure(RejectionCode.ItemNotFound, itemId)
            : await ForParticipantAsync(series, itemId, user, kept: false, cancellationToken);
    }

    /// <param name="kept">The participant may be this instance's kept row, unread: only for a vote whose write checks it.</param>
    private async Task<Outcome<(ForumSeries Series, Forum Forum, ForumItem Item, Participant Participant)>> ForParticipantAsync(
        ForumSeries series, Guid itemId, UserRef user, bool kept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (series.FindItem(itemId) is not var (forum, item))
        {
            return Outcome<(ForumSeries, Forum, ForumItem, Participant)>.Failure(RejectionCode.ItemNotFound, itemId);
        }

        if (forum.Status != ForumStatus.Open || item.Status != ItemStatus.Open)
        {
            return Outcome<(ForumSeries, Forum, ForumItem, Participant)>.Failure(RejectionCode.ItemNotOpen, item.Key);
        }

        var participant = kept
            ? await store.GetKeptParticipantAsync(series.Id, user.Id, cancellationToken)
            : await store.GetParticipantAsync(series.Id, user.Id, cancellationToken);
        return participant is null
            ? Outcome<(ForumSeries, Forum, ForumItem, Participant)>.Failure(RejectionCode.NotOnboarded)
            : Outcome<(ForumSeries, Forum, ForumItem, Participant)>.Success((series, forum, item, participant));
    }
}
