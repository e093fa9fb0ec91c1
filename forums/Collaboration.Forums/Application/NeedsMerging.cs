using Collaboration.Forums.Access;

namespace Collaboration.Forums.Application;

/// <summary>
/// The moderator's merges of duplicate needs before a later forum carries the top needs over (rules in
/// <see cref="NeedMerges"/>). Only moderators of the item's series may merge, unmerge or see the list; closed items
/// may be merged too, since carrying over happens after the collection closed.
/// </summary>
public sealed class NeedsMerging(IForumStore store, ModerationOptions moderation)
{
    private readonly ModeratorRule _moderators = new(moderation);

    /// <summary>
    /// Merges <paramref name="mergeIds"/> into <paramref name="keepId"/>; <paramref name="newText"/>, when not blank,
    /// becomes the merged need's text under the same rules as an entry's text.
    /// </summary>
    public Task<Outcome<NeedsMergeReceipt>> MergeNeedsAsync(Guid keepId, IReadOnlyCollection<Guid> mergeIds, string? newText, UserRef user,
        CancellationToken cancellationToken) =>
        MergeAsync(keepId, mergeIds, newText, ByModeratorRule(user), cancellationToken);

    /// <summary>
    /// As <see cref="MergeNeedsAsync(Guid, IReadOnlyCollection{Guid}, string?, UserRef, CancellationToken)"/>, for an action the
    /// <see cref="AccessGate"/> granted as <see cref="ActionKind.MergeNeeds"/> (a moderator by the series or by a meeting
    /// role); the needs must belong to the granted series.
    /// </summary>
    public Task<Outcome<NeedsMergeReceipt>> MergeNeedsAsync(Grant grant, Guid keepId, IReadOnlyCollection<Guid> mergeIds, string? newText,
        CancellationToken cancellationToken) =>
        MergeAsync(keepId, mergeIds, newText, ByGrant(grant), cancellationToken);

    /// <summary>Takes <paramref name="needId"/> out of the merged need it went into; it counts on its own again.</summary>
    public Task<Outcome<NeedsMergeReceipt>> UnmergeNeedAsync(Guid needId, UserRef user, CancellationToken cancellationToken) =>
        UnmergeAsync(needId, ByModeratorRule(user), cancellationToken);

    /// <summary>As <see cref="UnmergeNeedAsync(Guid, UserRef, CancellationToken)"/>, for an action the gate granted.</summary>
    public Task<Outcome<NeedsMergeReceipt>> UnmergeNeedAsync(Grant grant, Guid needId, CancellationToken cancellationToken) =>
        UnmergeAsync(needId, ByGrant(grant), cancellationToken);

    /// <summary>
    /// An item's needs for the moderator console: each need that stands with its text, kind, topic, supporters and
    /// sources, as published (below the series' threshold the ranking is withheld, as on every card).
    /// </summary>
    public Task<Outcome<NeedsMergeReceipt>> ListNeedsAsync(Guid itemId, UserRef user, CancellationToken cancellationToken) =>
        ListAsync(itemId, ByModeratorRule(user), cancellationToken);

    /// <summary>As <see cref="ListNeedsAsync(Guid, UserRef, CancellationToken)"/>, for an action the gate granted.</summary>
    public Task<Outcome<NeedsMergeReceipt>> ListNeedsAsync(Grant grant, Guid itemId, CancellationToken cancellationToken) =>
        ListAsync(itemId, ByGrant(grant), cancellationToken);

    private async Task<Outcome<NeedsMergeReceipt>> MergeAsync(Guid keepId, IReadOnlyCollection<Guid> mergeIds, string? newText, Func<ForumSeries, Rejection?> refusal,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mergeIds);
        var context = await LoadAsync(keepId, refusal, cancellationToken);
        if (!context.Succeeded)
        {
            return context.Rejection;
        }

        var (series, item) = context.Value;
        foreach (var id in mergeIds.Distinct().Where(id => id != keepId))
        {
            // Told apart here, before the transaction, so the refusal says why: the transaction sees only this item's needs.
            var other = await store.GetNeedAsync(id, cancellationToken);
            if (other is null)
            {
                return Outcome<NeedsMergeReceipt>.Failure(RejectionCode.NeedNotFound);
            }

            if (other.ItemId != item.Id)
            {
                return Outcome<NeedsMergeReceipt>.Failure(RejectionCode.NeedsOfOtherItem);
            }
        }

        var changed = await store.ChangeMergesAsync(item.Id, needs => NeedMerges.Merge(item, needs, keepId, mergeIds, newText), cancellationToken);
        return changed.Succeeded ? await ReceiptAsync(series, item, changed.Value, cancellationToken) : changed.Rejection;
    }

    private async Task<Outcome<NeedsMergeReceipt>> UnmergeAsync(Guid needId, Func<ForumSeries, Rejection?> refusal, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(needId, refusal, cancellationToken);
        if (!context.Succeeded)
        {
            return context.Rejection;
        }

        var (series, item) = context.Value;
        var changed = await store.ChangeMergesAsync(item.Id, needs => NeedMerges.Unmerge(needs, needId), cancellationToken);
        return changed.Succeeded ? await ReceiptAsync(series, item, changed.Value, cancellationToken) : changed.Rejection;
    }

    private async Task<Outcome<NeedsMergeReceipt>> ListAsync(Guid itemId, Func<ForumSeries, Rejection?> refusal, CancellationToken cancellationToken)
    {
        var series = await store.GetSeriesOfItemAsync(itemId, cancellationToken);
        if (series?.FindItem(itemId) is not var (_, item))
        {
            return Outcome<NeedsMergeReceipt>.Failure(RejectionCode.ItemNotFound, itemId);
        }

        if (refusal(series) is { } refused)
        {
            return refused;
        }

        return item.Spec is NeedsCollectionSpec
            ? await ReceiptAsync(series, item, await store.GetNeedsAsync(item.Id, cancellationToken), cancellationToken)
            : Outcome<NeedsMergeReceipt>.Failure(RejectionCode.WrongAnswerKind, item.Spec.KindName);
    }

    private async Task<Outcome<NeedsMergeReceipt>> ReceiptAsync(ForumSeries series, ForumItem item, IReadOnlyList<NeedEntry> needs, CancellationToken cancellationToken)
    {
        var results = ResultsCalculator.ComputeNeeds(item, needs, await store.GetNeedSupportsAsync(item.Id, cancellationToken), series);
        return Outcome<NeedsMergeReceipt>.Success(new NeedsMergeReceipt(series, item, results));
    }

    private async Task<Outcome<(ForumSeries Series, ForumItem Item)>> LoadAsync(Guid needId, Func<ForumSeries, Rejection?> refusal, CancellationToken cancellationToken)
    {
        var need = await store.GetNeedAsync(needId, cancellationToken);
        var series = need is null ? null : await store.GetSeriesOfItemAsync(need.ItemId, cancellationToken);
        if (need is null || series?.FindItem(need.ItemId) is not var (_, item))
        {
            return Outcome<(ForumSeries, ForumItem)>.Failure(RejectionCode.NeedNotFound);
        }

        return refusal(series) is { } refused ? refused : Outcome<(ForumSeries, ForumItem)>.Success((series, item));
    }

    // A need's existence is no secret to a member of its series, but nothing more is said to someone who may not merge.
    private Func<ForumSeries, Rejection?> ByModeratorRule(UserRef user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return series => _moderators.IsModerator(series, user) ? null : new Rejection(RejectionCode.NotModerator);
    }

    // The gate checked the role in the conversation's series; the needs named must be of that very series.
    private static Func<ForumSeries, Rejection?> ByGrant(Grant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return series => grant.Series?.Id != series.Id ? new Rejection(RejectionCode.NotThisChatsSeries)
            : grant.IsModerator ? null : new Rejection(RejectionCode.NotModerator);
    }
}

/// <summary>
/// An item's needs after a merge or unmerge, or as the console lists them: <see cref="Results"/> ranks each need
/// that stands once, with its sources. <see cref="ItemsToRefresh"/> are the items whose posted cards show these needs.
/// </summary>
public sealed record NeedsMergeReceipt(ForumSeries Series, ForumItem Item, NeedsResults Results)
{
    public IReadOnlyList<Guid> ItemsToRefresh => [Item.Id];
}
