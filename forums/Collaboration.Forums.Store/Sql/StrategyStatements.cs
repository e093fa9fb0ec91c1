using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// EF runs queries and SaveChanges through the execution strategy, but not ExecuteSqlRaw (the SQL might not be
/// idempotent). The store's hand-written statements are single upserts, so they go through it too: that is where a
/// failure of an unreachable database becomes a <see cref="StoreUnavailableException"/>.
/// </summary>
internal static class StrategyStatements
{
    public static Task<int> ExecuteThroughStrategyAsync(this DatabaseFacade database, string sql, object[] parameters, CancellationToken cancellationToken) =>
        database.CreateExecutionStrategy().ExecuteAsync(
            (database, sql, parameters),
            static (_, state, ct) => state.database.ExecuteSqlRawAsync(state.sql, state.parameters, ct),
            verifySucceeded: null,
            cancellationToken);
}
