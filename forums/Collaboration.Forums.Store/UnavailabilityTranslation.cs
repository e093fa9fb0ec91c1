using Microsoft.EntityFrameworkCore.Storage;

namespace Collaboration.Forums.Store;

/// <summary>
/// The execution strategy of both providers: every query, SaveChanges and (through <c>StrategyStatements</c>) raw
/// statement runs through it, so it is where a driver failure that means "database not reachable" becomes a
/// <see cref="StoreUnavailableException"/>. It does not retry with backoff: a user waits for the answer to a card
/// click, and Teams gives an invoke about five seconds before it retries on its own (Microsoft's "Respond to the
/// dialog submit action": "Your app has five seconds to respond to the invoke"), so the user gets a "try again"
/// card at once. The one retry, immediate, is for a pooled connection the server ended while it sat idle (a server
/// restart): the statement never ran on it, Npgsql drops the pool's other dead connections, and a fresh one works.
/// </summary>
internal sealed class UnavailabilityTranslation(ExecutionStrategyDependencies dependencies) : IExecutionStrategy
{
    private const string Unreachable = "The forum store's database cannot be reached right now.";

    public bool RetriesOnFailure => false;

    public TResult Execute<TState, TResult>(
        TState state, Func<DbContext, TState, TResult> operation, Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return operation(dependencies.CurrentContext.Context, state);
            }
            catch (Exception exception) when (attempt == 1 && StoreFailures.IsEndedConnection(exception))
            {
                // Once more, on a fresh connection.
            }
            catch (Exception exception) when (exception is not OperationCanceledException && StoreFailures.IsUnavailable(exception))
            {
                throw new StoreUnavailableException(Unreachable, exception);
            }
        }
    }

    public async Task<TResult> ExecuteAsync<TState, TResult>(
        TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation(dependencies.CurrentContext.Context, state, cancellationToken);
            }
            catch (Exception exception) when (attempt == 1 && StoreFailures.IsEndedConnection(exception))
            {
                // Once more, on a fresh connection.
            }
            catch (Exception exception) when (exception is not OperationCanceledException && StoreFailures.IsUnavailable(exception))
            {
                throw new StoreUnavailableException(Unreachable, exception);
            }
        }
    }
}
