using System.Collections.Concurrent;
using System.Threading.Channels;
using Collaboration.Forums.Application;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Collaboration.Forums.Store.Notifications;

/// <summary>
/// Tells the other instances on the database that this one changed an item (NOTIFY). Changes are queued and
/// coalesced per item: while a notice for an item waits, more votes on it add nothing, so a burst of 1,000 votes
/// sends a handful of notices. The vote never waits for the database's notification.
/// </summary>
internal sealed partial class ChangeNotifier(NotificationConnections connections, TimeProvider time, ILogger<ChangeNotifier> logger)
    : BackgroundService, IItemChangeListener
{
    private readonly Channel<Guid> _queue = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, byte> _waiting = new();

    public void OnItemChanged(Guid itemId, ChangeOrigin origin)
    {
        // Another instance's change came from the database already; echoing it would loop between instances.
        if (origin == ChangeOrigin.ThisInstance && connections.Enabled && _waiting.TryAdd(itemId, 0))
        {
            _queue.Writer.TryWrite(itemId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!connections.Enabled)
        {
            return;
        }

        var batch = new List<Guid>();
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (_queue.Reader.TryRead(out var itemId))
                {
                    // Taken off before sending: a vote during the send queues the item again and is announced too.
                    _waiting.TryRemove(itemId, out _);
                    batch.Add(itemId);
                }

                await SendAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stops.
        }
    }

    private async Task SendAsync(List<Guid> itemIds, CancellationToken cancellationToken)
    {
        try
        {
            await using var batch = connections.Notifying.CreateBatch();
            foreach (var itemId in itemIds)
            {
                var command = new NpgsqlBatchCommand("SELECT pg_notify($1, $2)");
                command.Parameters.Add(new NpgsqlParameter { Value = ChangeNotice.Channel });
                command.Parameters.Add(new NpgsqlParameter { Value = new ChangeNotice(connections.InstanceId, itemId).ToPayload() });
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The votes are stored; viewers on other instances see them with the item's next change that gets through.
            Log.NotifyFailed(logger, exception, itemIds.Count);
            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Telling the other instances about {Count} changed items failed; their live views catch up with the next change")]
        public static partial void NotifyFailed(ILogger logger, Exception exception, int count);
    }
}
