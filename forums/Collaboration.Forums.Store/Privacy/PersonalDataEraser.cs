using Collaboration.Forums.Outbox;
using Collaboration.Forums.Privacy;
using Collaboration.Forums.Series;
using Collaboration.Forums.Store.Mapping;

namespace Collaboration.Forums.Store.Privacy;

/// <summary>
/// Applies <see cref="ErasureRules"/> inside the caller's transaction: answers, supports, needs, profiles, deliveries,
/// ids in rows that stay, the user part of stored conversation references, data exports waiting behind a download link,
/// and the outbox message for SharePoint.
/// </summary>
internal sealed class PersonalDataEraser(ForumDbContext db, ErasureRequest request)
{
    public async Task<ErasureReceipt> EraseAsync(CancellationToken cancellationToken)
    {
        var userId = request.UserId;
        var keys = request.RespondentKeys.Concat(request.ParticipantIds.Select(PersonalDataReader.NamedKeyOf)).Distinct().ToList();
        var participantIds = request.ParticipantIds.Select(id => (Guid?)id).ToList();

        var answers = db.Responses.Where(r => keys.Contains(r.RespondentKey) || participantIds.Contains(r.ParticipantId));
        var touchedItems = await answers.Select(r => r.ItemId).Distinct().ToListAsync(cancellationToken);
        var answersDeleted = await answers.ExecuteDeleteAsync(cancellationToken);

        var supports = db.NeedSupports.Where(s => keys.Contains(s.RespondentKey));
        touchedItems.AddRange(await supports.Join(db.NeedEntries, s => s.NeedId, n => n.Id, (s, n) => n.ItemId).Distinct().ToListAsync(cancellationToken));
        var supportsDeleted = await supports.ExecuteDeleteAsync(cancellationToken);

        var needs = await db.NeedEntries.Where(n => keys.Contains(n.RespondentKey) || participantIds.Contains(n.ParticipantId))
            .Select(n => new { n.Id, n.ItemId }).ToListAsync(cancellationToken);
        var needIds = needs.Select(n => n.Id).ToList();
        touchedItems.AddRange(needs.Select(n => n.ItemId));
        // The person's own supports are gone already: a need that still has one was supported by someone else.
        var supportedByOthers = await db.NeedSupports.Where(s => needIds.Contains(s.NeedId)).Select(s => s.NeedId).Distinct().ToListAsync(cancellationToken);
        foreach (var kept in supportedByOthers)
        {
            var orphanKey = ErasureRules.OrphanKeyOf(kept);
            await db.NeedEntries.Where(n => n.Id == kept).ExecuteUpdateAsync(
                s => s.SetProperty(n => n.RespondentKey, orphanKey).SetProperty(n => n.ParticipantId, (Guid?)null), cancellationToken);
        }

        var deleted = needIds.Where(id => !supportedByOthers.Contains(id)).ToList();
        await PromoteSourcesAsync(deleted, cancellationToken);
        var needsDeleted = await db.NeedEntries.Where(n => deleted.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken);
        var profilesDeleted = await db.Participants.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var deliveriesDeleted = await db.FanOutRecipients.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        // A data export waiting behind its download link is the person's data too: its link stops working now.
        await db.SharedFiles.Where(f => f.SubjectId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.FanOuts.Where(f => f.RequestedBy == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.RequestedBy, ErasureRules.ErasedId), cancellationToken);
        await db.Series.Where(s => s.CreatedBy == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedBy, ErasureRules.ErasedId).SetProperty(x => x.Revision, x => x.Revision + 1), cancellationToken);
        await ScrubTextColumnsAsync(userId, cancellationToken);

        var forums = await ClosedForumsOfAsync(touchedItems, cancellationToken);
        if (needIds.Count > 0 || forums.Count > 0)
        {
            var payload = new ErasePersonArchivePayload(needIds, forums);
            db.Outbox.Add(OutboxMapping.ToEntity(OutboxMessage.ErasePersonArchive(request.JobId, payload, request.RequestedAt)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ErasureReceipt(profilesDeleted, answersDeleted, needsDeleted, supportedByOthers.Count, supportsDeleted, deliveriesDeleted, forums.Count);
    }

    /// <summary>
    /// A merged need whose need that stayed is deleted stays merged (see <see cref="ErasureRules"/>): the oldest
    /// remaining source takes its place, with the moderator's text, and the other sources go into it. A single
    /// remaining source stands on its own again, with its own text.
    /// </summary>
    private async Task PromoteSourcesAsync(List<Guid> deleted, CancellationToken cancellationToken)
    {
        var sources = await db.NeedEntries
            .Where(n => n.MergedIntoId != null && deleted.Contains(n.MergedIntoId.Value) && !deleted.Contains(n.Id))
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .Select(n => new { n.Id, KeptId = n.MergedIntoId!.Value })
            .ToListAsync(cancellationToken);
        foreach (var group in sources.GroupBy(s => s.KeptId))
        {
            var heir = group.First().Id;
            var rest = group.Skip(1).Select(s => s.Id).ToList();
            var text = rest.Count == 0 ? null : await db.NeedEntries.Where(n => n.Id == group.Key).Select(n => n.MergedText).FirstAsync(cancellationToken);
            await db.NeedEntries.Where(n => n.Id == heir).ExecuteUpdateAsync(
                s => s.SetProperty(n => n.MergedIntoId, (Guid?)null).SetProperty(n => n.MergedText, text), cancellationToken);
            await db.NeedEntries.Where(n => rest.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.MergedIntoId, (Guid?)heir), cancellationToken);
        }
    }

    /// <summary>Ids inside JSON and reference columns: found with a coarse LIKE, rewritten after parsing.</summary>
    private async Task ScrubTextColumnsAsync(string userId, CancellationToken cancellationToken)
    {
        foreach (var series in await db.Series.Where(s => s.Moderators.Contains(userId)).ToListAsync(cancellationToken))
        {
            series.Moderators = StoreJson.Write(StoreJson.Read<List<string>>(series.Moderators).Where(m => !string.Equals(m, userId, StringComparison.Ordinal)).ToList());
            // Instances holding a snapshot of the series must see the moderator gone (SeriesSnapshots).
            series.Revision++;
        }

        foreach (var binding in await db.ConversationBindings.Where(b => b.Reference.Contains(userId)).ToListAsync(cancellationToken))
        {
            binding.Reference = ConversationReferences.WithoutUser(binding.Reference);
        }

        foreach (var fanOut in await db.FanOuts.Where(f => f.SourceReference.Contains(userId)).ToListAsync(cancellationToken))
        {
            fanOut.SourceReference = ConversationReferences.WithoutUser(fanOut.SourceReference);
        }
    }

    private async Task<IReadOnlyList<ArchiveForumPayload>> ClosedForumsOfAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var ids = itemIds.Distinct().ToList();
        var forums = await db.Items.Where(i => ids.Contains(i.Id))
            .Join(db.Forums, i => i.ForumId, f => f.Id, (i, f) => f)
            .Where(f => f.Status == ForumStatus.Closed)
            .Select(f => new { f.SeriesId, f.Number }).Distinct().ToListAsync(cancellationToken);
        return [.. forums.OrderBy(f => f.SeriesId).ThenBy(f => f.Number).Select(f => new ArchiveForumPayload(f.SeriesId, f.Number))];
    }
}
