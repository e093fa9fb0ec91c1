using Collaboration.Forums.Privacy;
using Collaboration.Forums.Items;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Series;
using Collaboration.Forums.Store.Mapping;

namespace Collaboration.Forums.Store.Privacy;

/// <summary>The store's side of retention; the removal of one series' personal data is <see cref="SeriesExpiry"/>.</summary>
internal sealed class EfRetentionStore(IDbContextFactory<ForumDbContext> contexts, ISharedFileStore files, RetentionRules rules, KeptParticipants kept, KeptBindings bindings) : IRetentionStore
{
    public async Task StampUnknownCloseTimesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, now),
            static (_, state, ct) => state.db.Forums.Where(f => f.Status == ForumStatus.Closed && f.ClosedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.ClosedAt, state.now), ct),
            verifySucceeded: null,
            cancellationToken);
    }

    public async Task<IReadOnlyList<RetentionCandidate>> GetCandidatesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var series = await db.Series.AsNoTracking().Include(s => s.Forums).ThenInclude(f => f.Items).AsSingleQuery()
            .Where(s => s.PersonalDataRemovedAt == null && s.Forums.Any(f => f.ClosedAt != null)).ToListAsync(cancellationToken);
        return [.. series.Select(s => new RetentionCandidate(SeriesMapping.ToDomain(s),
            s.Forums.Where(f => f.ClosedAt != null).ToDictionary(f => f.Number, f => f.ClosedAt!.Value)))];
    }

    public async Task<bool> RemovePersonalDataAsync(Guid seriesId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var done = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, seriesId, now, rules),
            static async (_, state, ct) =>
            {
                await using var transaction = await state.db.Database.BeginTransactionAsync(ct);
                var done = await new SeriesExpiry(state.db, state.seriesId, state.rules).RunAsync(state.now, ct);
                await transaction.CommitAsync(ct);
                return done;
            },
            verifySucceeded: null,
            cancellationToken);
        // The series' rows no longer name anyone; this instance's copies for votes must not either.
        kept.ForgetSeries(seriesId);
        bindings.ForgetSeries(seriesId);
        return done;
    }

    public async Task<int> DropFinishedRostersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Reminders need the roster of the item's fan-out until the item closes; after that, and once every send of
        // the item finished, the roster (names of people who may never have taken part) has no purpose left.
        var finishedItems = db.Items.Where(i => i.Status == ItemStatus.Closed
            && db.FanOuts.Any(f => f.ItemId == i.Id)
            && !db.FanOuts.Any(f => f.ItemId == i.Id && f.CompletedAt == null)).Select(i => i.Id);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, finishedItems),
            static (_, state, ct) => state.db.FanOutRecipients
                .Where(r => state.db.FanOuts.Any(f => f.Id == r.FanOutId && state.finishedItems.Contains(f.ItemId)))
                .ExecuteDeleteAsync(ct),
            verifySucceeded: null,
            cancellationToken);
    }

    public async Task<int> PurgeFinishedOutboxAsync(DateTimeOffset doneBefore, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, doneBefore),
            static (_, state, ct) => state.db.Outbox
                .Where(o => o.DoneAt != null && (o.DoneAt < state.doneBefore || o.Kind == ErasePersonArchivePayload.Kind))
                .ExecuteDeleteAsync(ct),
            verifySucceeded: null,
            cancellationToken);
    }

    public Task<int> RemoveExpiredFilesAsync(DateTimeOffset now, CancellationToken cancellationToken) => files.RemoveExpiredAsync(now, cancellationToken);
}
