using Collaboration.Fixtures;
using Collaboration.Fakes.Postgres;
using Microsoft.Data.Sqlite;

namespace Collaboration.Web.Tests.Support;

/// <summary>A throw-away database for one host (SQLite file or a fresh PostgreSQL database): the ForumStore settings.</summary>
public abstract class WebStore : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public static WebStore Sqlite() => new SqliteStore();

    public static async Task<WebStore> PostgresAsync(PostgresFixture postgres)
    {
        ArgumentNullException.ThrowIfNull(postgres);
        return new PostgresStore(await postgres.Server.CreateDatabaseAsync("web_" + Guid.NewGuid().ToString("N")));
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private sealed class SqliteStore : WebStore
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"collab-webtest-{Guid.NewGuid():N}.db");

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

    private sealed class PostgresStore(string connectionString) : WebStore
    {
        public override string Provider => "Postgres";

        public override string ConnectionString => connectionString;
    }
}
