using Collaboration.Forums.Answers;
using Collaboration.Forums.Items;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Results;
using Collaboration.Forums.Series;
using Collaboration.Forums.Store;
using Collaboration.Forums.Templates;
using Collaboration.Forums.Validation;

namespace Collaboration.Forums.Application;

/// <summary>
/// The use cases moderators and participants trigger. It loads, lets the domain decide, and stores; it has no
/// rules of its own beyond "who may do this".
/// </summary>
/// <param name="recentResults">Where a voter's card takes its totals from; null: computed afresh for every vote.</param>
public sealed partial class ForumService(IForumStore store, RespondentKeys respondentKeys, ModerationOptions moderation, TimeProvider time, RecentResults? recentResults = null)
{
    private const int MaxOrganisationLength = 200;

    private readonly ModeratorRule _moderators = new(moderation);

    public async Task<Outcome<ForumSeries>> CreateSeriesAsync(string templateText, UserRef user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!_moderators.MayCreateSeries(user))
        {
            return Outcome<ForumSeries>.Failure(RejectionCode.NotModerator);
        }

        var template = SeriesTemplates.Parse(templateText);
        if (!template.Succeeded)
        {
            return template.Rejection;
        }

        var series = SeriesTemplates.Instantiate(template.Value, user.Id, time.GetUtcNow(), Guid.NewGuid);
        await store.AddSeriesAsync(series, cancellationToken);
        return Outcome<ForumSeries>.Success(series);
    }

    public async Task<Outcome<ForumSeries>> GetSeriesAsync(Guid seriesId, CancellationToken cancellationToken) =>
        await store.GetSeriesAsync(seriesId, cancellationToken) is { } series
            ? Outcome<ForumSeries>.Success(series)
            : Outcome<ForumSeries>.Failure(RejectionCode.SeriesNotFound);

    /// <summary>Opens forum <paramref name="number"/> and fills its carry-over items from the earlier results.</summary>
    private async Task<Outcome<ForumStart>> StartForumAsync(Guid seriesId, int number, UserRef user, bool granted, CancellationToken cancellationToken)
    {
        var series = await LoadForModeratorAsync(seriesId, user, granted, cancellationToken);
        if (!series.Succeeded)
        {
            return series.Rejection;
        }

        var transition = series.Value.StartForum(number);
        if (!transition.Succeeded)
        {
            return transition.Rejection;
        }

        var carried = new List<ForumItem>();
        foreach (var item in transition.Value.Opened.Items.Where(i => i.CarryOver is not null))
        {
            if (await CarryOverAsync(series.Value, item, cancellationToken) is null)
            {
                carried.Add(item);
            }
        }

        // Starting a forum closes the one before it; that forum's archive is due just as after an explicit close.
        await store.UpdateSeriesAsync(series.Value, [.. transition.Value.Closed.Select(f => ArchiveMessage(seriesId, f))], cancellationToken);
        return Outcome<ForumStart>.Success(new ForumStart(series.Value, transition.Value, carried));
    }

    private async Task<Outcome<Forum>> CloseForumAsync(Guid seriesId, int number, UserRef user, bool granted, CancellationToken cancellationToken)
    {
        var series = await LoadForModeratorAsync(seriesId, user, granted, cancellationToken);
        if (!series.Succeeded)
        {
            return series.Rejection;
        }

        var closed = series.Value.CloseForum(number);
        if (closed.Succeeded)
        {
            await store.UpdateSeriesAsync(series.Value, [ArchiveMessage(seriesId, closed.Value)], cancellationToken);
        }

        return closed;
    }

    private OutboxMessage ArchiveMessage(Guid seriesId, Forum forum) =>
        OutboxMessage.ArchiveForum(Guid.NewGuid(), seriesId, forum.Number, time.GetUtcNow());

    public Task<Outcome<ForumItem>> OpenItemAsync(Guid seriesId, Guid itemId, UserRef user, CancellationToken cancellationToken) =>
        ChangeItemAsync(seriesId, user, granted: false, s => s.OpenItem(itemId), cancellationToken);

    public Task<Outcome<ForumItem>> CloseItemAsync(Guid seriesId, Guid itemId, UserRef user, CancellationToken cancellationToken) =>
        ChangeItemAsync(seriesId, user, granted: false, s => s.CloseItem(itemId), cancellationToken);

    public Task<Outcome<ForumItem>> AddItemAsync(Guid seriesId, int forumNumber, ItemDraft draft, UserRef user, CancellationToken cancellationToken) =>
        ChangeItemAsync(seriesId, user, granted: false, s => s.AddItem(forumNumber, draft, Guid.NewGuid()), cancellationToken);

    /// <summary>Refreshes the carried-over options of the items of forum <paramref name="forumNumber"/> that nobody answered yet.</summary>
    private async Task<Outcome<IReadOnlyList<ForumItem>>> CarryOverAsync(Guid seriesId, int forumNumber, UserRef user, bool granted, CancellationToken cancellationToken)
    {
        var series = await LoadForModeratorAsync(seriesId, user, granted, cancellationToken);
        if (!series.Succeeded)
        {
            return series.Rejection;
        }

        var forum = series.Value.FindForum(forumNumber);
        if (forum is null)
        {
            return Outcome<IReadOnlyList<ForumItem>>.Failure(RejectionCode.ForumNotFound, forumNumber);
        }

        var targets = forum.Items.Where(i => i.CarryOver is not null).ToList();
        if (targets.Count == 0)
        {
            return Outcome<IReadOnlyList<ForumItem>>.Failure(RejectionCode.NoCarryOverRule, forumNumber);
        }

        var carried = new List<ForumItem>();
        Rejection? firstRefusal = null;
        foreach (var item in targets)
        {
            var refusal = await CarryOverAsync(series.Value, item, cancellationToken);
            if (refusal is null)
            {
                carried.Add(item);
            }
            else
            {
                firstRefusal ??= refusal;
            }
        }

        if (carried.Count == 0)
        {
            return firstRefusal!;
        }

        await store.UpdateSeriesAsync(series.Value, cancellationToken);
        return Outcome<IReadOnlyList<ForumItem>>.Success(carried);
    }

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
        var participant = new Participant(existing?.Id ?? Guid.NewGuid(), seriesId, user.Id, TextRules.Normalise(user.Name), groupKey, organisation, municipality,
            existing?.JoinedAt ?? time.GetUtcNow());
        return Outcome<Participant>.Success(await store.SaveParticipantAsync(participant, cancellationToken));
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

        var entry = new NeedEntry(Guid.NewGuid(), item.Id, respondentKeys.For(item, participant), RespondentKeys.ParticipantIdFor(item, participant),
            RespondentKeys.GroupKeyFor(item, participant), kind, topicKey, checkedText.Value, clientKey, RespondentKeys.StampFor(item, time.GetUtcNow()));
        var added = await store.AddNeedAsync(entry, cancellationToken);
        var view = await ViewForReplyAsync(series, forum, item, participant, null, cancellationToken);
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

        var context = await LoadForParticipantAsync(need.ItemId, user, cancellationToken);
        if (!context.Succeeded)
        {
            return context.Rejection;
        }

        var (series, forum, item, participant) = context.Value;
        if (item.Status != ItemStatus.Open)
        {
            return Outcome<NeedReceipt>.Failure(RejectionCode.ItemNotOpen, item.Key);
        }

        var added = await store.AddNeedSupportAsync(new NeedSupport(needId, respondentKeys.For(item, participant), RespondentKeys.StampFor(item, time.GetUtcNow())), cancellationToken);
        var view = await ViewForReplyAsync(series, forum, item, participant, null, cancellationToken);
        return Outcome<NeedReceipt>.Success(new NeedReceipt(view, need, added));
    }

    /// <summary>An item with its current results and, when <paramref name="user"/> is given, that user's own answer.</summary>
    public Task<Outcome<ItemView>> ViewItemAsync(Guid itemId, UserRef? user, CancellationToken cancellationToken) =>
        ViewItemAsync(itemId, user, recentTotals: false, cancellationToken);

    /// <param name="recentTotals">
    /// True for the card in reply to a participant's own action (joining the series): its totals may come from
    /// <see cref="RecentResults"/>, one interval old. Shared cards and a request for the results are computed now.
    /// </param>
    public async Task<Outcome<ItemView>> ViewItemAsync(Guid itemId, UserRef? user, bool recentTotals, CancellationToken cancellationToken)
    {
        var series = await store.GetSeriesOfItemAsync(itemId, cancellationToken);
        if (series?.FindItem(itemId) is not var (forum, item))
        {
            return Outcome<ItemView>.Failure(RejectionCode.ItemNotFound, itemId);
        }

        var participant = user is null ? null : await store.GetParticipantAsync(series.Id, user.Id, cancellationToken);
        Answer? mine = null;
        if (participant is not null && item.Spec is not NeedsCollectionSpec)
        {
            mine = (await store.GetResponseAsync(item.Id, respondentKeys.For(item, participant), cancellationToken))?.Answer;
        }

        var results = recentTotals ? await RecentResultsAsync(series, item, cancellationToken) : await ComputeResultsAsync(series, item, cancellationToken);
        return Outcome<ItemView>.Success(new ItemView(series, forum, item, results, participant, mine) { MyNeeds = await OwnNeedsAsync(item, participant, cancellationToken) });
    }

    public async Task<ItemResults> ComputeResultsAsync(ForumSeries series, ForumItem item, CancellationToken cancellationToken) =>
        item.Spec is NeedsCollectionSpec
            ? await ComputeNeedsAsync(series, item, cancellationToken)
            : ResultsCalculator.Compute(item, await store.GetResponsesAsync(item.Id, cancellationToken), series);

    /// <summary>
    /// The item as the card in reply to a participant's action shows it. Computing results reads every answer or need
    /// of the item, so the totals come from <see cref="RecentResults"/> when there is one: otherwise a burst of N votes,
    /// or a forum filling up with N needs, reads N²/2 rows.
    /// </summary>
    private async Task<ItemView> ViewForReplyAsync(ForumSeries series, Forum forum, ForumItem item, Participant participant, Answer? mine, CancellationToken cancellationToken) =>
        new(series, forum, item, await RecentResultsAsync(series, item, cancellationToken), participant, mine) { MyNeeds = await OwnNeedsAsync(item, participant, cancellationToken) };

    // The author's own entries read by key (their own rows only), so a reply never reads the whole collection twice.
    private async Task<IReadOnlyList<OwnNeed>> OwnNeedsAsync(ForumItem item, Participant? participant, CancellationToken cancellationToken) =>
        participant is null || item.Spec is not NeedsCollectionSpec ? [] : await store.GetOwnNeedsAsync(item.Id, respondentKeys.For(item, participant), cancellationToken);

    private async Task<ItemResults> RecentResultsAsync(ForumSeries series, ForumItem item, CancellationToken cancellationToken) =>
        recentResults is null
            ? await ComputeResultsAsync(series, item, cancellationToken)
            // Shared by the actions of one interval, so no single participant's cancellation may cancel it.
            : await recentResults.GetAsync(item.Id, () => ComputeResultsAsync(series, item, CancellationToken.None));

    private async Task<NeedsResults> ComputeNeedsAsync(ForumSeries series, ForumItem item, CancellationToken cancellationToken) =>
        ResultsCalculator.ComputeNeeds(item, await store.GetNeedsAsync(item.Id, cancellationToken),
            await store.GetNeedSupportsAsync(item.Id, cancellationToken), series);

    private async Task<Outcome<ForumItem>> ChangeItemAsync(Guid seriesId, UserRef user, bool granted, Func<ForumSeries, Outcome<ForumItem>> change, CancellationToken cancellationToken)
    {
        var series = await LoadForModeratorAsync(seriesId, user, granted, cancellationToken);
        if (!series.Succeeded)
        {
            return series.Rejection;
        }

        var changed = change(series.Value);
        if (changed.Succeeded)
        {
            await store.UpdateSeriesAsync(series.Value, cancellationToken);
        }

        return changed;
    }

    /// <returns>Null when the options were carried over, else why not.</returns>
    private async Task<Rejection?> CarryOverAsync(ForumSeries series, ForumItem item, CancellationToken cancellationToken)
    {
        var rule = item.CarryOver!;
        var sourceForum = series.FindForum(rule.FromForum);
        var source = sourceForum?.FindItem(rule.FromItemKey);
        if (source is null)
        {
            return new Rejection(RejectionCode.CarryOverSourceMissing, rule.FromForum, rule.FromItemKey);
        }

        if (await store.CountResponsesAsync(item.Id, cancellationToken) > 0)
        {
            return new Rejection(RejectionCode.CarryOverTargetAnswered, item.Key);
        }

        var results = await ComputeResultsAsync(series, source, cancellationToken);
        var choices = CarryOverPlanner.Plan(results, rule.Top, CarryOverPlanner.OwnChoices(item.Spec.CarryTarget, source.Spec));
        if (choices.Count == 0)
        {
            return new Rejection(RejectionCode.CarryOverSourceEmpty, rule.FromForum, rule.FromItemKey);
        }

        ForumSeries.ApplyCarriedChoices(item, choices);
        return null;
    }

    /// <param name="granted">The gate found the user a moderator of this series, meeting roles included (ForumService.Grants.cs).</param>
    private async Task<Outcome<ForumSeries>> LoadForModeratorAsync(Guid seriesId, UserRef user, bool granted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        // The moderator's use cases change the series they load; each gets its own copy, never a shared snapshot.
        var series = await store.GetSeriesForChangeAsync(seriesId, cancellationToken);
        if (series is null)
        {
            return Outcome<ForumSeries>.Failure(RejectionCode.SeriesNotFound);
        }

        return granted || _moderators.IsModerator(series, user)
            ? Outcome<ForumSeries>.Success(series)
            : Outcome<ForumSeries>.Failure(RejectionCode.NotModerator);
    }

    private async Task<Outcome<(ForumSeries Series, Forum Forum, ForumItem Item, Participant Participant)>> LoadForParticipantAsync(Guid itemId, UserRef user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var series = await store.GetSeriesOfItemAsync(itemId, cancellationToken);
        return series is null
            ? Outcome<(ForumSeries, Forum, ForumItem, Participant)>.Failure(RejectionCode.ItemNotFound, itemId)
            : await ForParticipantAsync(series, itemId, user, cancellationToken);
    }

    private async Task<Outcome<(ForumSeries Series, Forum Forum, ForumItem Item, Participant Participant)>> ForParticipantAsync(ForumSeries series, Guid itemId, UserRef user, CancellationToken cancellationToken)
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

        var participant = await store.GetParticipantAsync(series.Id, user.Id, cancellationToken);
        return participant is null
            ? Outcome<(ForumSeries, Forum, ForumItem, Participant)>.Failure(RejectionCode.NotOnboarded)
            : Outcome<(ForumSeries, Forum, ForumItem, Participant)>.Success((series, forum, item, participant));
    }
}
