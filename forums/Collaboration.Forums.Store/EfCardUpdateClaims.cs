namespace Collaboration.Forums.Store;

/// <summary>
/// One row per item. A claim is a conditional UPDATE (only when the last claim's interval has passed and that update
/// started before the caller's change) or, for an item's
/// first, an INSERT that the primary key lets only one instance win. On PostgreSQL a concurrent UPDATE waits for the
/// row lock and then finds the condition false, so two instances never both get the claim.
/// </summary>
internal sealed class EfCardUpdateClaims(IDbContextFactory<ForumDbContext> contexts, TimeProvider time) : ICardUpdateClaims
{
    public async Task<CardUpdateClaim> TryClaimAsync(Guid itemId, string owner, DateTimeOffset changedSince, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var now = time.GetUtcNow();
        var next = now + interval;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.CardUpdateClaims.Where(c => c.ItemId == itemId && c.NextAt <= now && (c.ClaimedAt <= changedSince || c.ClaimedBy == owner)).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.ClaimedBy, owner).SetProperty(c => c.ClaimedAt, now).SetProperty(c => c.NextAt, next),
            cancellationToken);
        if (updated == 1)
        {
            return new CardUpdateClaim(true, now, next, Mine: true);
        }

        if (await CurrentAsync(db, itemId, owner, cancellationToken) is { } held)
        {
            return held;
        }

        db.CardUpdateClaims.Add(new CardUpdateClaimEntity { ItemId = itemId, ClaimedBy = owner, ClaimedAt = now, NextAt = next });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CardUpdateClaim(true, now, next, Mine: true);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the item's first claim a moment earlier (same primary key): that claim stands.
            // No row after all is not such a race (the item was deleted, say) and goes on up.
            db.ChangeTracker.Clear();
            var concurrent = await CurrentAsync(db, itemId, owner, cancellationToken);
            if (concurrent is null)
            {
                throw;
            }

            return concurrent;
        }
    }

    private static async Task<CardUpdateClaim?> CurrentAsync(ForumDbContext db, Guid itemId, string owner, CancellationToken cancellationToken) =>
        await db.CardUpdateClaims.AsNoTracking().Where(c => c.ItemId == itemId)
            .Select(c => new CardUpdateClaim(false, c.ClaimedAt, c.NextAt, c.ClaimedBy == owner)).FirstOrDefaultAsync(cancellationToken);
}
