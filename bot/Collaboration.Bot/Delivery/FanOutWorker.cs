namespace Collaboration.Bot.Delivery;

/// <summary>
/// Runs fan-outs in rounds and does nothing else: the roster reader stores recipients, the sender delivers to them, the
/// reporter tells the moderator of each fan-out this round completed. Started with the host, it resumes whatever a
/// stopped or crashed instance left: unread rosters, members never claimed or whose claim ran out.
/// </summary>
internal sealed partial class FanOutWorker(
    IFanOutStore store,
    RosterReader rosters,
    FanOutSender sender,
    FanOutReporter reporter,
    IOptions<FanOutOptions> options,
    TimeProvider time,
    ILogger<FanOutWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Starts work now instead of at the next poll (a moderator just asked).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Nobody waits for a single member's card: a turn's reply goes first (ConnectorRateLimiter's reserved share).
        using var background = TeamsCallScope.Background();
        var settings = options.Value;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var worked = false;
                try
                {
                    // The rounds below lease and claim with UPDATEs; an idle bot only looks (one read per poll), so it
                    // writes nothing and never takes SQLite's write lock from a vote.
                    if (await store.HasUnfinishedAsync(stoppingToken))
                    {
                        worked |= await rosters.ReadLeasedAsync(_owner, stoppingToken);
                        worked |= await sender.SendPendingAsync(_owner, stoppingToken);
                        foreach (var done in await store.CompleteFinishedAsync(stoppingToken))
                        {
                            sender.Forget(done.Id);
                            await reporter.ReportAsync(done, stoppingToken);
                            worked = true;
                        }
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The database or Teams may be away for a while; everything is stored, so the next round picks it up.
                    Log.FanOutRoundFailed(logger, exception);
                }

                if (!worked)
                {
                    try
                    {
                        await WaitForWorkAsync(settings.PollInterval, stoppingToken);
                    }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                    {
                        return;
                    }
                }
            }
        }
        finally
        {
            await ReleaseClaimsAsync();
        }
    }

    /// <summary>
    /// Until <see cref="Wake"/> (a moderator asked here) or the poll interval on the injected clock (work another
    /// instance stored, a retry that fell due), whichever comes first.
    /// </summary>
    private async Task WaitForWorkAsync(TimeSpan pollInterval, CancellationToken stoppingToken)
    {
        using var poll = new CancellationTokenSource(pollInterval, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(poll.Token, stoppingToken);
        try
        {
            await _wake.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (poll.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // The poll interval passed without a wake-up: look again.
        }
    }

    /// <summary>
    /// On an orderly stop, members claimed but not yet started are handed back at once, so the instance that takes
    /// over need not wait for the leases to run out. A crashed instance cannot do this; its leases expire.
    /// </summary>
    private async Task ReleaseClaimsAsync()
    {
        try
        {
            await store.ReleaseClaimsAsync(_owner, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.ReleaseFailed(logger, exception);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "A fan-out round failed; it is retried at the next poll")]
        public static partial void FanOutRoundFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 707, Level = LogLevel.Warning, Message = "Handing back the fan-out claims at stop failed; they are free again when their leases run out")]
        public static partial void ReleaseFailed(ILogger logger, Exception exception);
    }
}
