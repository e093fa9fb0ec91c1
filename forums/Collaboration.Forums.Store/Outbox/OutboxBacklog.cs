using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Collaboration.Forums.Store.Outbox;

/// <summary>
/// Reads the outbox backlog (messages not done: due, waiting for a retry, poisoned, or running) for the gauge
/// <c>collaboration.outbox.backlog</c>. The SDK asks once per export interval (a minute by default) on its own thread,
/// and only when an exporter is configured, so one short read a minute is the whole cost.
/// </summary>
public sealed partial class OutboxBacklog(IOutbox outbox, ILogger<OutboxBacklog> logger)
{
    public IEnumerable<Measurement<long>> Measure()
    {
        try
        {
            // The collector's callback is synchronous; it runs on the exporter's thread, not on a request's.
            return [new Measurement<long>(outbox.ListOpenAsync(CancellationToken.None).GetAwaiter().GetResult().Count)];
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // No point rather than a wrong one: the database health check reports the outage itself.
            Log.Unreadable(logger, error);
            return [];
        }
    }

    // Events without an EventId get one derived from their name: EventName keeps the name, and so the id, they had
    // before they moved into Log.
    private static partial class Log
    {
        [LoggerMessage(EventName = "LogUnreadable", Level = LogLevel.Warning, Message = "The outbox backlog could not be read for the metric; this export has no backlog point")]
        public static partial void Unreadable(ILogger logger, Exception error);
    }
}
