using Collaboration.Forums.Store.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collaboration.Forums.Store;

/// <summary>
/// Brings the database to the current schema before anything else starts (StartingAsync runs ahead of every
/// hosted service's StartAsync, including the web server's), so the first vote never meets a missing table.
/// With <see cref="ForumStoreOptions.MigrateAtStart"/> off it only checks, and stops the host on a schema that is behind.
/// </summary>
internal sealed partial class ForumStoreMigrator(IDbContextFactory<ForumDbContext> contexts, IOptions<ForumStoreOptions> options,
    ILogger<ForumStoreMigrator> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var migrate = options.Value.MigrateAtStart;
        if (db is SqliteForumDbContext && migrate)
        {
            SqliteConnectionStrings.EnsureFolder(db.Database.GetConnectionString()!);
            // WAL lets readers go on while one writer commits; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (!migrate)
        {
            if (pending.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The forum database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}) and " +
                    $"{ForumStoreOptions.SectionName}:{nameof(ForumStoreOptions.MigrateAtStart)} is false: apply the script for " +
                    $"{db.Database.ProviderName} in forums/Collaboration.Forums.Store/Scripts (see docs/backup-restore.md), or let the host migrate.");
            }

            Log.Checked(logger, db.Database.ProviderName ?? "unknown");
            return;
        }

        await db.Database.MigrateAsync(cancellationToken);
        Log.Migrated(logger, db.Database.ProviderName ?? "unknown", pending.Count);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Events without an EventId get one derived from their name: EventName keeps the name, and so the id, they had
    // before they moved into Log.
    private static partial class Log
    {
        [LoggerMessage(EventName = "LogMigrated", Level = LogLevel.Information, Message = "Forum store ready on {Provider}; {Applied} migration(s) applied")]
        public static partial void Migrated(ILogger logger, string provider, int applied);

        [LoggerMessage(EventName = "LogChecked", Level = LogLevel.Information, Message = "Forum store ready on {Provider}; schema current, migration at start switched off")]
        public static partial void Checked(ILogger logger, string provider);
    }
}
