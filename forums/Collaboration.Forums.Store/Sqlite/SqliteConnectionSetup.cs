using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Collaboration.Forums.Store.Sqlite;

/// <summary>
/// Sets the per-connection pragmas on every open: parallel writers wait for the lock instead of failing, and WAL's
/// NORMAL sync is durable across application crashes (only an OS crash may lose the last commits).
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Instance = new();

    private static readonly string Pragmas =
        $"PRAGMA busy_timeout = {SqliteForumDbContext.BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    private SqliteConnectionSetup()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command)
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
