using Collaboration.Fakes.Postgres;
using Microsoft.Data.Sqlite;

namespace Collaboration.Fixtures;

/// <summary>
/// A throw-away database for one host under test (the bot, the web pages): a SQLite file or a fresh PostgreSQL
/// database, and the ForumStore settings that point the host at it.
/// </summary>
public abstract class ThrowAwayStore : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public static ThrowAwayStore Sqlite() => new SqliteStore(Path.Combine(Path.GetTempPath(), $"collab-test-{Guid.NewGuid():N}.db"));

    /// <summary>A store on an existing SQLite file (a restored backup); the file is deleted with the store.</summary>
    public static ThrowAwayStore SqliteAt(string path) => new SqliteStore(path);

    /// <summary>A store on an existing PostgreSQL database (a restored backup).</summary>
    public static ThrowAwayStore PostgresAt(string connectionString) => new PostgresStore(connectionString);

    public static async Task<ThrowAwayStore> PostgresAsync(PostgresFixture postgres)
    {
        ArgumentNullException.ThrowIfNull(postgres);
        return await PostgresAsync(postgres.Server);
    }

    /// <summary>A fresh database on a server of the test's own, e.g. one the test stops and starts.</summary>
    public static async Task<ThrowAwayStore> PostgresAsync(PostgresServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new PostgresStore(await server.CreateDatabaseAsync("test_" + Guid.NewGuid().ToString("N")));
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private sealed class SqliteStore(string path) : ThrowAwayStore
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

    private sealed class PostgresStore(string connectionString) : ThrowAwayStore
    {
        public override string Provider => "Postgres";

        public override string ConnectionString => connectionString;
    }
}
