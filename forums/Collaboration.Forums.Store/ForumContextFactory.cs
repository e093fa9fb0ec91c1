namespace Collaboration.Forums.Store;

/// <summary>Lets the stores ask for the neutral context while DI holds the configured provider's factory.</summary>
internal sealed class ForumContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ForumDbContext>
    where TContext : ForumDbContext
{
    public ForumDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<ForumDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
