namespace Collaboration.Forums.Store;

internal sealed class EfKeyCheckStore(IDbContextFactory<ForumDbContext> contexts, TimeProvider time) : IKeyCheckStore
{
    public async Task<StoredKeyCheck> GetOrAddAsync(string name, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(value);
        if (await FindAsync(name, cancellationToken) is { } stored)
        {
            return new StoredKeyCheck(stored, Added: false);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.KeyChecks.Add(new KeyCheckEntity { Name = name, CheckValue = value, RecordedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new StoredKeyCheck(value, Added: true);
        }
        catch (DbUpdateException)
        {
            // Another instance recorded its value first (same primary key): that one is the database's. Anything else
            // (no row after all) is not a race and goes on up.
            var concurrent = await FindAsync(name, cancellationToken);
            if (concurrent is null)
            {
                throw;
            }

            return new StoredKeyCheck(concurrent, Added: false);
        }
    }

    private async Task<string?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.KeyChecks.AsNoTracking().Where(k => k.Name == name).Select(k => k.CheckValue).FirstOrDefaultAsync(cancellationToken);
    }
}
