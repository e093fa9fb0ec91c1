using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Collaboration.Telemetry;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Collaboration.Forums.Store.Diagnostics;

/// <summary>
/// One span per SQL statement on SQLite, which has no OpenTelemetry instrumentation of its own (PostgreSQL's comes from
/// Npgsql). The span names the operation only, never the statement's parameters.
/// </summary>
internal sealed partial class SqliteSpans : DbCommandInterceptor
{
    // EF calls Executing and Executed for one command on possibly different async flows; the command ties them.
    private readonly ConditionalWeakTable<DbCommand, Activity> _open = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Start(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Start(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Start(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, result));

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) => End(command, null, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(End(command, null, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => End(command, null, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(End(command, null, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => End(command, null, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(End(command, null, result));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => End(command, eventData?.Exception, 0);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        End(command, eventData?.Exception, 0);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => End(command, null, 0);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End(command, null, 0);
        return Task.CompletedTask;
    }

    private T Start<T>(DbCommand command, T result)
    {
        var operation = Operation().Match(command.CommandText) is { Success: true } match ? match.Groups[1].Value.ToUpperInvariant() : null;
        var span = CollaborationTelemetry.Source.StartActivity(operation ?? "sqlite", ActivityKind.Client);
        if (span is not null)
        {
            span.SetTag("db.system.name", "sqlite").SetTag("db.operation.name", operation);
            _open.AddOrUpdate(command, span);
        }

        return result;
    }

    private T End<T>(DbCommand command, Exception? error, T result)
    {
        if (_open.TryGetValue(command, out var span))
        {
            _open.Remove(command);
            if (error is not null)
            {
                span.Failed(error);
            }

            span.Dispose();
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Operation();
}
