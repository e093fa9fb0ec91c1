using Collaboration.Forums.Outbox;
using Collaboration.Forums.Privacy;
using Collaboration.Forums.Series;
using Collaboration.Forums.Store.Mapping;

namespace Collaboration.Forums.Store.Privacy;

/// <summary>
/// Collects the rows linked to one user id: by the id itself (profiles, deliveries, roles) and by the participant ids
/// of their profiles (named answers, needs, supports under the named key). Anonymous rows carry neither, and the
/// reader does not compute their keyed hashes.
/// </summary>
internal sealed class PersonalDataReader(ForumDbContext db, string userId)
{
    public async Task<PersonalDataExport> ReadAsync(DateTimeOffset exportedAt, CancellationToken cancellationToken)
    {
        var profiles = await db.Participants.AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.JoinedAt).ToListAsync(cancellationToken);
        var participantIds = profiles.Select(p => (Guid?)p.Id).ToList();
        var namedKeys = profiles.Select(p => NamedKeyOf(p.Id)).ToList();

        var answers = await db.Responses.AsNoTracking().Where(r => participantIds.Contains(r.ParticipantId))
            .OrderBy(r => r.UpdatedAt).ToListAsync(cancellationToken);
        var needs = await db.NeedEntries.AsNoTracking().Where(n => participantIds.Contains(n.ParticipantId))
            .OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken);
        var mergedIntoIds = needs.Where(n => n.MergedIntoId != null).Select(n => n.MergedIntoId!.Value).ToList();
        var mergedInto = await db.NeedEntries.AsNoTracking().Where(n => mergedIntoIds.Contains(n.Id))
            .ToDictionaryAsync(n => n.Id, n => n.MergedText ?? n.Text, cancellationToken);
        var ownIds = needs.Select(n => (Guid?)n.Id).ToList();
        var mergedIn = await db.NeedEntries.AsNoTracking().Where(n => ownIds.Contains(n.MergedIntoId))
            .GroupBy(n => n.MergedIntoId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var supports = await (
                from support in db.NeedSupports.AsNoTracking()
                join need in db.NeedEntries.AsNoTracking() on support.NeedId equals need.Id
                where namedKeys.Contains(support.RespondentKey)
                orderby support.CreatedAt
                select new { support, need })
            .ToListAsync(cancellationToken);
        var deliveries = await (
                from recipient in db.FanOutRecipients.AsNoTracking()
                join fanOut in db.FanOuts.AsNoTracking() on recipient.FanOutId equals fanOut.Id
                where recipient.UserId == userId
                orderby fanOut.CreatedAt
                select new { recipient, fanOut })
            .ToListAsync(cancellationToken);
        var requested = await db.FanOuts.AsNoTracking().Where(f => f.RequestedBy == userId).Select(f => f.SeriesId).Distinct().ToListAsync(cancellationToken);
        var created = await db.Series.AsNoTracking().Where(s => s.CreatedBy == userId).Select(s => s.Id).ToListAsync(cancellationToken);
        // A coarse filter in SQL, the exact test on the parsed list.
        var moderatedCandidates = await db.Series.AsNoTracking().Where(s => s.Moderators.Contains(userId)).Select(s => new { s.Id, s.Moderators })
            .ToListAsync(cancellationToken);
        var moderated = moderatedCandidates.Where(s => StoreJson.Read<List<string>>(s.Moderators).Contains(userId, StringComparer.Ordinal))
            .Select(s => s.Id).ToList();

        var itemIds = answers.Select(a => a.ItemId).Concat(needs.Select(n => n.ItemId)).Concat(supports.Select(s => s.need.ItemId))
            .Concat(deliveries.Select(d => d.fanOut.ItemId)).ToHashSet();
        var itemSeries = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .Join(db.Forums.AsNoTracking(), i => i.ForumId, f => f.Id, (i, f) => f.SeriesId).Distinct().ToListAsync(cancellationToken);
        var directory = await SeriesDirectory.LoadAsync(
            db, profiles.Select(p => p.SeriesId).Concat(itemSeries).Concat(requested).Concat(created).Concat(moderated), cancellationToken);

        var roles = created.Select(id => new ExportedSeriesRole(id, directory.TitleOf(id), "creator"))
            .Concat(moderated.Select(id => new ExportedSeriesRole(id, directory.TitleOf(id), "moderator")))
            .Concat(requested.Select(id => new ExportedSeriesRole(id, directory.TitleOf(id), "requested a private send")))
            .ToList();

        var touchedForums = answers.Select(a => a.ItemId).Concat(needs.Select(n => n.ItemId)).Concat(supports.Select(s => s.need.ItemId))
            .Select(directory.Item).Select(x => (x.Series, x.Forum)).DistinctBy(x => x.Forum.Id).ToList();

        return new PersonalDataExport(
            userId,
            exportedAt,
            [.. profiles.Select(p => new ExportedProfile(p.SeriesId, directory.TitleOf(p.SeriesId), p.DisplayName, p.GroupKey, p.Organisation,
                p.Municipality, p.JoinedAt))],
            [.. answers.Select(a =>
            {
                var (series, forum, item) = directory.Item(a.ItemId);
                return new ExportedAnswer(series.Id, forum.Number, item.Key, item.Prompt.De, a.GroupKey, StoreJson.ReadAnswer(a.Answer), a.UpdatedAt);
            })],
            [.. needs.Select(n =>
            {
                var (series, forum, item) = directory.Item(n.ItemId);
                return new ExportedNeed(n.Id, series.Id, forum.Number, item.Key, n.Kind, n.TopicKey, n.Text, n.CreatedAt)
                {
                    MergedIntoNeedId = n.MergedIntoId,
                    MergedIntoText = n.MergedIntoId is { } into ? mergedInto.GetValueOrDefault(into) : null,
                    NeedsMergedIn = mergedIn.GetValueOrDefault(n.Id),
                    MergedText = n.MergedText,
                };
            })],
            [.. supports.Select(s =>
            {
                var (series, forum, item) = directory.Item(s.need.ItemId);
                return new ExportedSupport(s.need.Id, series.Id, forum.Number, item.Key, s.need.Text, s.support.CreatedAt);
            })],
            [.. deliveries.Select(d => new ExportedDelivery(d.fanOut.Id, d.fanOut.SeriesId, directory.Item(d.fanOut.ItemId).Item.Key,
                d.fanOut.Kind.ToString(), d.recipient.State.ToString(), d.recipient.Name, d.recipient.PersonalConversationId, d.recipient.UpdatedAt))],
            roles,
            await ArchivesAsync(touchedForums, cancellationToken));
    }

    internal static string NamedKeyOf(Guid participantId) => "p:" + participantId.ToString("N");

    private async Task<IReadOnlyList<ExportedArchive>> ArchivesAsync(IReadOnlyList<(ForumSeries Series, Forum Forum)> forums, CancellationToken cancellationToken)
    {
        var closed = forums.Where(f => f.Forum.Status == ForumStatus.Closed).ToList();
        if (closed.Count == 0)
        {
            return [];
        }

        var done = await db.Outbox.AsNoTracking().Where(o => o.Kind == ArchiveForumPayload.Kind && o.DoneAt != null)
            .Select(o => new { o.Payload, o.DoneAt }).ToListAsync(cancellationToken);
        var archivedAt = done
            .Select(o => (Payload: ArchiveForumPayload.Parse(o.Payload), o.DoneAt))
            .GroupBy(o => (o.Payload.SeriesId, o.Payload.ForumNumber))
            .ToDictionary(g => g.Key, g => g.Max(o => o.DoneAt));
        return [.. closed.Select(f => new ExportedArchive(f.Series.Id, f.Series.Title.De, f.Forum.Number, f.Forum.Title.De,
            archivedAt.GetValueOrDefault((f.Series.Id, f.Forum.Number))))];
    }
}
