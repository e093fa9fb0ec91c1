using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Collaboration.Forums.Store.Sqlite;

/// <summary>
/// Sets the per-connection pragmas on every open: parallel writers wait for the lock instead of failing, and WAL's
/// NORMAL sync is durable across application crashes (only an OS crash may lose the last commits).
/// The pragmas belong to the native connection, which Microsoft.Data.Sqlite pools and hands out again on every open;
/// each is set up once, not on every store call (that was a second statement for each of a vote's queries).
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Instance = new();

    private static readonly string Pragmas =
        $"PRAGMA busy_timeout = {SqliteForumDbContext.BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    // Keyed by the native handle, so a handle closed for good (and collected) takes its entry with it.
    private readonly ConditionalWeakTable<object, object> _prepared = [];

    private SqliteConnectionSetup()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsSetUp(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Remember(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsSetUp(connection))
        {
            return;
        }

        var command = connection.CreateCommand();
        await using (command)
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        Remember(connection);
    }

    // Remembered only after the pragmas ran, so a failed or cancelled setup is tried again on the next open. A native
    // connection is used by one open connection at a time, so two opens cannot set up the same one at once.
    private bool IsSetUp(DbConnection connection) => connection is SqliteConnection { Handle: { } handle } && _prepared.TryGetValue(handle, out _);

    private void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _prepared.AddOrUpdate(handle, handle);
        }
    }
}
