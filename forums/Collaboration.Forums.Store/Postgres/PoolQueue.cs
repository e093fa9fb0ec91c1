using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Collaboration.Forums.Store.Postgres;

/// <summary>
/// A queue in front of Npgsql's pool. The pool hands out <c>Maximum Pool Size</c> connections and refuses whoever waited
/// its <c>Timeout</c> for one (4 s, <see cref="PostgresForumDbContext"/>): at 1,000 simultaneous votes on a loaded machine
/// hundreds of voters got the "try again" card that way, though nothing was lost. Every connection EF opens first takes
/// one of as many permits as the pool has connections, waiting up to <see cref="ForumStoreOptions.PoolWait"/>, longer
/// than the pool would, and gives it back when the connection closes; with a permit in hand a pooled connection is free,
/// so a burst becomes slow answers instead of refusals. Only a wait past that still becomes "try again".
/// </summary>
internal sealed class PoolQueue(int poolSize, TimeSpan wait) : DbConnectionInterceptor, IDisposable
{
    private readonly SemaphoreSlim _permits = new(poolSize, poolSize);

    // Whether a connection holds a permit, so its close (or failed open) gives back exactly what its open took. The
    // provider's own state change is watched, not EF's close event: a connection disposed while open is closed too.
    private readonly ConditionalWeakTable<DbConnection, Permit> _held = [];

    /// <summary>Permits not taken now (for tests: all of them once every call has finished).</summary>
    public int Free => _permits.CurrentCount;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!_permits.Wait(wait))
        {
            throw Exhausted();
        }

        PermitOf(connection).Take();
        return result;
    }

    public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!await _permits.WaitAsync(wait, cancellationToken))
        {
            throw Exhausted();
        }

        PermitOf(connection).Take();
        return result;
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => GiveBack(connection);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        GiveBack(connection);
        return Task.CompletedTask;
    }

    public void Dispose() => _permits.Dispose();

    private Permit PermitOf(DbConnection connection) => _held.GetValue(connection, c =>
    {
        var permit = new Permit(this);
        c.StateChange += permit.OnStateChange;
        return permit;
    });

    private void GiveBack(DbConnection connection)
    {
        if (connection is not null && _held.TryGetValue(connection, out var permit))
        {
            permit.GiveBack();
        }
    }

    // A TimeoutException, as Npgsql's own pool timeout carries: the store's failure rules make it "try again".
    private TimeoutException Exhausted() =>
        new($"No database connection became free within {wait.TotalSeconds:0.#} s (ForumStore:PoolWait); every one of the pool's {poolSize} was in use.");

    private sealed class Permit(PoolQueue queue)
    {
        private int _held;

        public void Take() => Interlocked.Exchange(ref _held, 1);

        public void GiveBack()
        {
            if (Interlocked.Exchange(ref _held, 0) == 1)
            {
                queue._permits.Release();
            }
        }

        public void OnStateChange(object? sender, StateChangeEventArgs change)
        {
            if (change.CurrentState == ConnectionState.Closed)
            {
                GiveBack();
            }
        }
    }
}
