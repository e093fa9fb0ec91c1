using System.Net.Sockets;
using Collaboration.Forums.Application;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Collaboration.Forums.Store.Notifications;

/// <summary>
/// This instance's one LISTEN connection: every other instance's notice becomes <see cref="ItemChanges.ChangedElsewhere"/>,
/// so viewers here see votes taken there. A lost connection is opened again after a growing pause (1 s up to 30 s),
/// so a database restart does not turn every instance into a reconnect loop.
/// </summary>
internal sealed partial class ChangeListener(NotificationConnections connections, ItemChanges changes, TimeProvider time, ILogger<ChangeListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!connections.Enabled)
        {
            return;
        }

        var pause = FirstPause;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or SocketException or IOException or TimeoutException)
            {
                // Notices sent while the connection was down are lost: viewers here catch up with the item's next change.
                Log.ListeningLost(logger, exception, pause);
                await Task.Delay(pause, time, stoppingToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
                continue;
            }
        }
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.Listening.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, notice) => Hear(notice.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeNotice.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        Log.Listening(logger);
        while (true)
        {
            await connection.WaitAsync(cancellationToken);
        }
    }

    private void Hear(string payload)
    {
        if (ChangeNotice.Parse(payload) is { } notice && notice.InstanceId != connections.InstanceId)
        {
            changes.ChangedElsewhere(notice.ItemId);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Listening for other instances' item changes")]
        public static partial void Listening(ILogger logger);

        [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Listening for other instances' item changes failed; trying again in {Pause}")]
        public static partial void ListeningLost(ILogger logger, Exception exception, TimeSpan pause);
    }
}
