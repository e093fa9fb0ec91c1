using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Collaboration.Forums.Store;

/// <summary>
/// The execution strategy of both providers: every query, SaveChanges and raw statement runs through it, so it is
/// where a driver failure that means "database not reachable" becomes a <see cref="StoreUnavailableException"/>.
/// It does not retry. A user waits for the answer to a card click, and Teams gives an invoke about five seconds
/// before it retries on its own (Microsoft's "Respond to the dialog submit action": "Your app has five seconds to
/// respond to the invoke"); retrying here with backoff would outlast that, so the user gets a "try again" card at once.
/// </summary>
internal sealed class UnavailabilityTranslation(ExecutionStrategyDependencies dependencies) : IExecutionStrategy
{
    public bool RetriesOnFailure => false;

    public TResult Execute<TState, TResult>(
        TState state, Func<DbContext, TState, TResult> operation, Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            return operation(dependencies.CurrentContext.Context, state);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && StoreFailures.IsUnavailable(exception))
        {
            throw new StoreUnavailableException("The forum store's database cannot be reached right now.", exception);
        }
    }

    public async Task<TResult> ExecuteAsync<TState, TResult>(
        TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            return await operation(dependencies.CurrentContext.Context, state, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && StoreFailures.IsUnavailable(exception))
        {
            throw new StoreUnavailableException("The forum store's database cannot be reached right now.", exception);
        }
    }
}
