using Collaboration.Fixtures;
using Collaboration.Fakes.Postgres;
using Microsoft.Data.Sqlite;

namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>A throw-away database for one bot host: the ForumStore settings that point the bot at it.</summary>
public abstract class BotStore : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public static BotStore Sqlite() => new SqliteStore(Path.Combine(Path.GetTempPath(), $"collab-itest-{Guid.NewGuid():N}.db"));

    /// <summary>A store on an existing SQLite file (a restored backup); the file is deleted with the store.</summary>
    public static BotStore SqliteAt(string path) => new SqliteStore(path);

    /// <summary>A store on an existing PostgreSQL database (a restored backup).</summary>
    public static BotStore PostgresAt(string connectionString) => new PostgresStore(connectionString);

    public static async Task<BotStore> PostgresAsync(PostgresFixture postgres)
    {
        ArgumentNullException.ThrowIfNull(postgres);
        return await PostgresAsync(postgres.Server);
    }

    /// <summary>A fresh database on a server of the test's own, e.g. one the test stops and starts.</summary>
    public static async Task<BotStore> PostgresAsync(PostgresServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new PostgresStore(await server.CreateDatabaseAsync("bot_" + Guid.NewGuid().ToString("N")));
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private sealed class SqliteStore(string path) : BotStore
    {
        private readonly string _path = path;

        public override string Provider => "Sqlite";

        public override string ConnectionString => $"Data Source={_path}";

        public override async ValueTask DisposeAsync()
        {
            // Pooled connections keep the file open; without clearing them the delete fails on some systems.
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }

            await base.DisposeAsync();
        }
    }

    private sealed class PostgresStore(string connectionString) : BotStore
    {
        public override string Provider => "Postgres";

        public override string ConnectionString => connectionString;
    }
}
