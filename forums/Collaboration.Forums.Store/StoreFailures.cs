using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Collaboration.Forums.Store;

/// <summary>
/// The one place that decides which database failures mean "not reachable now, try again" rather than a bug.
/// The driver's exception may come wrapped (EF's DbUpdateException, an IOException inside an NpgsqlException),
/// so the whole chain of inner exceptions is looked at.
/// </summary>
internal static class StoreFailures
{
    // SQLite result codes: https://www.sqlite.org/rescode.html. BUSY/LOCKED remain after busy_timeout ran out;
    // IOERR, FULL and CANTOPEN come from the file system under the database (a full or vanished volume).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current switch
            {
                PostgresException postgres => IsUnavailable(postgres),
                SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError or SqliteFull or SqliteCantOpen,
                // Npgsql marks refused and broken connections, timeouts and pool exhaustion as transient.
                DbException db => db.IsTransient,
                TimeoutException or SocketException => true,
                _ => false,
            })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The server ended the connection (57P01 administrator shutdown, 57P02 crash shutdown) before this statement was
    /// sent on it: what a pooled connection that sat idle through a server restart reports on its next use.
    /// </summary>
    public static bool IsEndedConnection(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: "57P01" or "57P02" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// PostgreSQL error classes (https://www.postgresql.org/docs/current/errcodes-appendix.html): 08 connection
    /// exceptions, 53 insufficient resources (too many clients), 57P01–57P03 the server shutting down or starting up.
    /// Besides those, whatever Npgsql itself calls transient (serialisation failures, deadlocks).
    /// </summary>
    private static bool IsUnavailable(PostgresException postgres) =>
        postgres.IsTransient
        || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
        || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
        || postgres.SqlState is "57P01" or "57P02" or "57P03";
}
