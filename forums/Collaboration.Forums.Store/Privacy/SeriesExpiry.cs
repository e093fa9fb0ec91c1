using Collaboration.Forums.Privacy;

namespace Collaboration.Forums.Store.Privacy;

/// <summary>Applies <see cref="RetentionRules"/> to one series inside the caller's transaction.</summary>
internal sealed class SeriesExpiry(ForumDbContext db, Guid seriesId, RetentionRules rules)
{
    public async Task<bool> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var series = await db.Series.FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        if (series is null || series.PersonalDataRemovedAt is not null)
        {
            return false;
        }

        var items = db.Items.Where(i => db.Forums.Any(f => f.Id == i.ForumId && f.SeriesId == seriesId)).Select(i => i.Id);
        var needs = db.NeedEntries.Where(n => items.Contains(n.ItemId)).Select(n => n.Id);
        await ReplaceRespondentKeysAsync(items, needs, cancellationToken);

        foreach (var participant in await db.Participants.Where(p => p.SeriesId == seriesId).ToListAsync(cancellationToken))
        {
            // A row per participant stays for the participation table, which counts by group; nothing else of the
            // person does, not even the old row id (named answers were keyed by it).
            var id = rules.NewParticipantId();
            db.Participants.Remove(participant);
            db.Participants.Add(new ParticipantEntity
            {
                Id = id,
                SeriesId = seriesId,
                UserId = "expired:" + id.ToString("N"),
                DisplayName = string.Empty,
                GroupKey = participant.GroupKey,
                Organisation = string.Empty,
                JoinedAt = series.CreatedAt,
            });
        }

        var fanOuts = db.FanOuts.Where(f => f.SeriesId == seriesId);
        await db.FanOutRecipients.Where(r => fanOuts.Any(f => f.Id == r.FanOutId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var fanOut in await fanOuts.ToListAsync(cancellationToken))
        {
            fanOut.RequestedBy = ErasureRules.ErasedId;
            fanOut.SourceReference = ConversationReferences.WithoutUser(fanOut.SourceReference);
        }

        await db.ConversationBindings.Where(b => b.SeriesId == seriesId).ExecuteDeleteAsync(cancellationToken);
        // No personal data in them, but nothing needs them once the series' chats are gone.
        await db.MeetingEvents.Where(e => e.SeriesId == seriesId).ExecuteDeleteAsync(cancellationToken);
        series.CreatedBy = ErasureRules.ErasedId;
        series.Moderators = "[]";
        series.PersonalDataRemovedAt = now;
        // Every instance's snapshot still holds the moderators' ids and would keep granting them the series.
        series.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Each respondent key of the series becomes a new random one, the same in every row that shared it, so answers
    /// and needs stay countable per respondent while neither the participant id nor the keyed hash survives.
    /// </summary>
    private async Task ReplaceRespondentKeysAsync(IQueryable<Guid> items, IQueryable<Guid> needs, CancellationToken cancellationToken)
    {
        var keys = await db.Responses.Where(r => items.Contains(r.ItemId)).Select(r => r.RespondentKey)
            .Union(db.NeedEntries.Where(n => items.Contains(n.ItemId)).Select(n => n.RespondentKey))
            .Union(db.NeedSupports.Where(s => needs.Contains(s.NeedId)).Select(s => s.RespondentKey))
            .ToListAsync(cancellationToken);
        foreach (var key in keys)
        {
            var replacement = rules.NewRespondentKey();
            await db.Responses.Where(r => r.RespondentKey == key && items.Contains(r.ItemId)).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.RespondentKey, replacement).SetProperty(r => r.ParticipantId, (Guid?)null), cancellationToken);
            await db.NeedEntries.Where(n => n.RespondentKey == key && items.Contains(n.ItemId)).ExecuteUpdateAsync(
                s => s.SetProperty(n => n.RespondentKey, replacement).SetProperty(n => n.ParticipantId, (Guid?)null), cancellationToken);
            await db.NeedSupports.Where(x => x.RespondentKey == key && needs.Contains(x.NeedId)).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.RespondentKey, replacement), cancellationToken);
        }
    }
}
