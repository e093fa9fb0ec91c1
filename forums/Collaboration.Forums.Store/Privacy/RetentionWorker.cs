using Collaboration.Forums.Privacy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collaboration.Forums.Store.Privacy;

/// <summary>Runs <see cref="RetentionSweeper"/> every <see cref="RetentionOptions.Interval"/> on the injected clock.</summary>
internal sealed partial class RetentionWorker(RetentionSweeper sweeper, IOptions<RetentionOptions> options, TimeProvider time,
    ILogger<RetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.Interval, time, stoppingToken);
            try
            {
                var report = await sweeper.SweepAsync(TimeSpan.FromDays(options.Value.OutboxDays), stoppingToken);
                Log.Swept(logger, report.SeriesExpired, report.RostersDropped, report.OutboxPurged, report.FilesRemoved);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unreachable; the next interval tries again, and the host keeps serving.
                Log.SweepFailed(logger, error);
            }
        }
    }

    // Events without an EventId get one derived from their name: EventName keeps the name, and so the id, they had
    // before they moved into Log.
    private static partial class Log
    {
        [LoggerMessage(EventName = "LogSwept", Level = LogLevel.Information,
            Message = "Retention sweep: personal data removed from {Series} series, {Rosters} roster rows dropped, {Outbox} outbox messages purged, {Files} expired files removed")]
        public static partial void Swept(ILogger logger, int series, int rosters, int outbox, int files);

        [LoggerMessage(EventName = "LogSweepFailed", Level = LogLevel.Warning, Message = "Retention sweep failed; it runs again after the next interval")]
        public static partial void SweepFailed(ILogger logger, Exception error);
    }
}
