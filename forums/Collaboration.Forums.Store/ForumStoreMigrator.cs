using Collaboration.Forums.Store.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Collaboration.Forums.Store;

/// <summary>
/// Brings the database to the current schema before anything else starts (StartingAsync runs ahead of every
/// hosted service's StartAsync, including the web server's), so the first vote never meets a missing table.
/// </summary>
internal sealed partial class ForumStoreMigrator(IDbContextFactory<ForumDbContext> contexts, ILogger<ForumStoreMigrator> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db is SqliteForumDbContext)
        {
            SqliteConnectionStrings.EnsureFolder(db.Database.GetConnectionString()!);
            // WAL lets readers go on while one writer commits; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(db.Database.ProviderName ?? "unknown", pending);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Forum store ready on {Provider}; {Applied} migration(s) applied")]
    private partial void LogMigrated(string provider, int applied);
}
