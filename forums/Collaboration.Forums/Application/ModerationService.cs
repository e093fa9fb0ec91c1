using Collaboration.Forums.Outbox;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Templates;

namespace Collaboration.Forums.Application;

/// <summary>
/// The moderator's use cases: creating a series, starting and closing forums, opening, closing and adding items,
/// carrying results over. It loads, lets the domain decide, and stores; it has no rules of its own beyond "who may
/// do this".
/// </summary>
public sealed partial class ModerationService(IForumStore store, ResultsService results, ModerationOptions moderation, TimeProvider time, IIdSource ids)
{
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

        var series = SeriesTemplates.Instantiate(template.Value, user.Id, time.GetUtcNow(), ids.NewId);
        await store.AddSeriesAsync(series, cancellationToken);
        return Outcome<ForumSeries>.Success(series);
    }

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
        OutboxMessage.ArchiveForum(ids.NewId(), seriesId, forum.Number, time.GetUtcNow());

    public Task<Outcome<ForumItem>> OpenItemAsync(Guid seriesId, Guid itemId, UserRef user, CancellationToken cancellationToken) =>
        ChangeItemAsync(seriesId, user, granted: false, s => s.OpenItem(itemId), cancellationToken);

    public Task<Outcome<ForumItem>> CloseItemAsync(Guid seriesId, Guid itemId, UserRef user, CancellationToken cancellationToken) =>
        ChangeItemAsync(seriesId, user, granted: false, s => s.CloseItem(itemId), cancellationToken);

    public Task<Outcome<ForumItem>> AddItemAsync(Guid seriesId, int forumNumber, ItemDraft draft, UserRef user, CancellationToken cancellationToken) =>
        ChangeItemAsync(seriesId, user, granted: false, s => s.AddItem(forumNumber, draft, ids.NewId()), cancellationToken);

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

        var sourceResults = await results.ComputeResultsAsync(series, source, cancellationToken);
        var choices = CarryOverPlanner.Plan(sourceResults, rule.Top, CarryOverPlanner.OwnChoices(item.Spec.CarryTarget, source.Spec));
        if (choices.Count == 0)
        {
            return new Rejection(RejectionCode.CarryOverSourceEmpty, rule.FromForum, rule.FromItemKey);
        }

        ForumSeries.ApplyCarriedChoices(item, choices);
        return null;
    }

    /// <param name="granted">The gate found the user a moderator of this series, meeting roles included (ModerationService.Grants.cs).</param>
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
}
