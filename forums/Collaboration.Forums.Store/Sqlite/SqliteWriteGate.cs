using Collaboration.Forums.Store.Postgres;

namespace Collaboration.Forums.Store.Sqlite;

/// <summary>
/// Lets this process's single-statement writes (votes, needs, supports, onboarding) into SQLite one at a time,
/// waiting asynchronously. SQLite has one writer at a time anyway; without this, a burst of votes meets the lock
/// inside the native library, whose busy handler blocks each waiting thread in sleeps of up to 100 ms, so hundreds of
/// pool threads slept while the lock stood free and the thread pool starved. Other processes on the same file (a
/// graph-sync worker) and multi-statement transactions still wait through busy_timeout as before. PostgreSQL writes
/// concurrently and passes straight through.
/// </summary>
internal sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(ForumDbContext db, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (db is PostgresForumDbContext)
        {
            return await write();
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
