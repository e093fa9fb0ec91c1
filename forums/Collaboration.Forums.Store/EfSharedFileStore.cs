namespace Collaboration.Forums.Store;

/// <summary>
/// Served files in the forum database: every instance already shares it, so no further service (and no further
/// credential) is needed; the files are small (a deck is a few hundred KB) and live for a link's lifetime only.
/// </summary>
internal sealed class EfSharedFileStore(IDbContextFactory<ForumDbContext> contexts) : ISharedFileStore
{
    public async Task AddAsync(SharedFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.SharedFiles.Add(new SharedFileEntity
        {
            Id = file.Id,
            FileName = file.FileName,
            ContentType = file.ContentType,
            Content = file.Content,
            CreatedAt = file.CreatedAt,
            ExpiresAt = file.ExpiresAt,
            SubjectId = file.SubjectId,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SharedFile?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.SharedFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return found is null ? null : new SharedFile(found.Id, found.FileName, found.ContentType, found.Content, found.CreatedAt, found.ExpiresAt, found.SubjectId);
    }

    public async Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, now),
            static (_, state, ct) => state.db.SharedFiles.Where(f => f.ExpiresAt < state.now).ExecuteDeleteAsync(ct),
            verifySucceeded: null,
            cancellationToken);
    }
}
