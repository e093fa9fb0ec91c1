using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// Hand-written reads whose rows are taken one at a time (a report's 100,000 open answers or ranked needs), sent
/// through EF's command pipeline like every other statement: counted (<see cref="Diagnostics.StoreCommands"/>),
/// traced (<see cref="Diagnostics.SqliteSpans"/>; Npgsql traces PostgreSQL's), and opened through the execution
/// strategy like EF's own queries, so a transient failure before the first row is retried. Only the opening is: a
/// stream already handed on is not read twice. Not EF's query enumeration: that sets an async-local per row (14 MiB
/// per report at 100,000 answers), and these rows are a text or a few columns each.
/// </summary>
internal static class StreamingReads
{
    /// <summary>Runs <paramref name="sql"/> and returns its reader; disposing it closes the connection it opened.</summary>
    public static Task<RelationalDataReader> ExecuteReaderAsync(DbContext db, string sql, object[] parameters, CancellationToken cancellationToken)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, parameters);
        var connection = db.GetService<IRelationalConnection>();
        var logger = db.GetService<IRelationalCommandDiagnosticsLogger>();
        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            (Command: command, Connection: connection, Logger: logger, Db: db),
            static (_, state, ct) => state.Command.RelationalCommand.ExecuteReaderAsync(
                new RelationalCommandParameterObject(state.Connection, state.Command.ParameterValues, null, state.Db, state.Logger, CommandSource.FromSqlQuery), ct),
            verifySucceeded: null,
            cancellationToken);
    }
}
