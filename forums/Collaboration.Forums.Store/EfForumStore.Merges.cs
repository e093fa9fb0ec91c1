using Collaboration.Forums.Answers;
using Collaboration.Forums.Store.Mapping;
using Collaboration.Forums.Validation;

namespace Collaboration.Forums.Store;

/// <summary>The merge state of needs: an author's own entries with where they went, and a merge as one transaction.</summary>
internal sealed partial class EfForumStore
{
    public async Task<IReadOnlyList<OwnNeed>> GetOwnNeedsAsync(Guid itemId, string respondentKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from need in db.NeedEntries.AsNoTracking()
                where need.ItemId == itemId && need.RespondentKey == respondentKey
                join kept in db.NeedEntries.AsNoTracking() on need.MergedIntoId equals (Guid?)kept.Id into keptOnes
                from kept in keptOnes.DefaultIfEmpty()
                orderby need.CreatedAt, need.Id
                select new { need, KeptText = kept == null ? null : kept.MergedText ?? kept.Text })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OwnNeed(AnswerMapping.ToDomain(r.need), r.KeptText))];
    }

    public async Task<Outcome<IReadOnlyList<NeedEntry>>> ChangeMergesAsync(Guid itemId,
        Func<IReadOnlyList<NeedEntry>, Outcome<IReadOnlyList<NeedMergeWrite>>> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, itemId, decide),
            static async (_, state, ct) =>
            {
                var (db, itemId, decide) = state;
                await using var transaction = await db.Database.BeginTransactionAsync(ct);

                // A write before the read: PostgreSQL locks the item's need rows and SQLite takes its write lock, so the
                // needs the rules decide on stay as read until the commit, and two merges of one item run one after the other.
                await db.NeedEntries.Where(n => n.ItemId == itemId)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.MergedIntoId, n => n.MergedIntoId), ct);
                var stored = await db.NeedEntries.AsNoTracking().Where(n => n.ItemId == itemId)
                    .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(ct);
                var needs = stored.Select(AnswerMapping.ToDomain).ToList();
                var decided = decide(needs);
                if (!decided.Succeeded)
                {
                    return Outcome<IReadOnlyList<NeedEntry>>.Failure(decided.Rejection);
                }

                foreach (var write in decided.Value)
                {
                    await db.NeedEntries.Where(n => n.Id == write.NeedId && n.ItemId == itemId).ExecuteUpdateAsync(
                        s => s.SetProperty(n => n.MergedIntoId, write.MergedIntoId).SetProperty(n => n.MergedText, write.MergedText), ct);
                }

                await transaction.CommitAsync(ct);
                var last = decided.Value.GroupBy(w => w.NeedId).ToDictionary(g => g.Key, g => g.Last());
                return Outcome<IReadOnlyList<NeedEntry>>.Success([.. needs.Select(n => last.TryGetValue(n.Id, out var w)
                    ? n with { MergedIntoId = w.MergedIntoId, MergedText = w.MergedText }
                    : n)]);
            },
            verifySucceeded: null,
            cancellationToken);
    }
}
