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
                LogSwept(report.SeriesExpired, report.RostersDropped, report.OutboxPurged, report.FilesRemoved);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unreachable; the next interval tries again, and the host keeps serving.
                LogSweepFailed(error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention sweep: personal data removed from {Series} series, {Rosters} roster rows dropped, {Outbox} outbox messages purged, {Files} expired files removed")]
    private partial void LogSwept(int series, int rosters, int outbox, int files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep failed; it runs again after the next interval")]
    private partial void LogSweepFailed(Exception error);
}
