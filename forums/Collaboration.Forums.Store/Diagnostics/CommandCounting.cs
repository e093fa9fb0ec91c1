using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Collaboration.Forums.Store.Diagnostics;

/// <summary>Hands every statement EF sends (queries, SaveChanges batches, raw SQL) to <see cref="StoreCommands"/>.</summary>
internal sealed class CommandCounting(StoreCommands commands) : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        ArgumentNullException.ThrowIfNull(result);
        commands.Count(result.CommandText);
        return result;
    }
}
