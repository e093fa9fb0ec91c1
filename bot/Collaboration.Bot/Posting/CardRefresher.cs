using System.Threading.Channels;
using Collaboration.Bot.Teams;
using Collaboration.Forums.Retries;
using Collaboration.Telemetry;

namespace Collaboration.Bot.Posting;

/// <summary>
/// Updates posted item cards with fresh results, coalesced and bounded: the first vote on an item schedules one update
/// after <see cref="BotOptions.CardUpdateInterval"/>, and every vote until then rides along with it, so 50 votes a
/// second become one card update per interval, well inside Teams' limit of about 7 operations per second per
/// conversation. Per item at most one update runs and at most one waits, however slow Teams is: a vote during an update
/// only marks the item stale, and the next update reads the newest results (the newest state wins, nothing queues up).
/// Updates of one item run one after another, so an older update can never land after a newer one. A failed or timed
/// out update is retried with the newest state (<see cref="RetryPolicy"/>); only a card Teams refuses for good is left.
/// With several instances on one database, a claim per item (<see cref="ICardUpdateClaims"/>) lets one instance, not
/// each, update the cards in an interval.
/// </summary>
internal sealed partial class CardRefresher(
    IServiceProvider services, ICardUpdateClaims claims, IOptions<BotOptions> options, TimeProvider time, Jitter jitter, CollaborationMetrics metrics,
    ILogger<CardRefresher> logger)
    : BackgroundService, IItemChangeListener
{
    // The wait before a retry when Teams names none; card updates give up sooner than a member's private card.
    private static readonly RetryPolicy Retries = new(6, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

    private readonly Channel<Guid> _started = Channel.CreateUnbounded<Guid>();
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Pending> _pending = [];
    private readonly string _owner = Guid.NewGuid().ToString("N");

    /// <summary>Items whose cards wait for an update or are being updated: each counts once, whatever the number of votes.</summary>
    public int PendingUpdates
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>
    /// Every instance learns of the votes it took; the claim decides which of them updates (the others' votes are
    /// stored before the winner reads, see <see cref="ClaimAsync"/>).
    /// </summary>
    public void OnItemChanged(Guid itemId, ChangeOrigin origin)
    {
        if (origin == ChangeOrigin.ThisInstance)
        {
            MarkStale(itemId);
        }
    }

    public void MarkStale(Guid itemId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_pending.TryGetValue(itemId, out var known))
            {
                known.MarkStale(now);
                return;
            }

            var pending = new Pending();
            pending.MarkStale(now);
            _pending[itemId] = pending;
        }

        _started.Writer.TryWrite(itemId);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Nobody waits for a shared card's totals: a turn's reply goes first.
        using var background = TeamsCallScope.Background();
        var running = new List<Task>();
        await foreach (var itemId in _started.Reader.ReadAllAsync(stoppingToken))
        {
            running.RemoveAll(t => t.IsCompleted);
            running.Add(RefreshWhileStaleAsync(itemId, stoppingToken));
        }

        await Task.WhenAll(running);
    }

    /// <summary>The one loop of an item: an update per interval while votes keep coming, then it ends and frees the item.</summary>
    private async Task RefreshWhileStaleAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var interval = options.Value.CardUpdateInterval;
        var wait = interval;
        var failures = 0;
        while (true)
        {
            await Task.Delay(wait, time, cancellationToken);
            DateTimeOffset staleSince;
            lock (_lock)
            {
                // Cleared before reading the results, so a vote that lands during the update makes another one.
                staleSince = _pending[itemId].TakeStale();
            }

            var round = await RefreshOnceAsync(itemId, staleSince, interval, failures, cancellationToken);
            failures = round.Failed ? failures + 1 : 0;
            wait = round.Again ?? interval;
            lock (_lock)
            {
                var pending = _pending[itemId];
                if (round.Again is not null)
                {
                    // Not shown yet: the mark goes back with its time, and the next round reads the newest results.
                    pending.MarkStale(staleSince);
                }

                if (!pending.IsStale)
                {
                    _pending.Remove(itemId);
                    return;
                }
            }
        }
    }

    private async Task<Round> RefreshOnceAsync(Guid itemId, DateTimeOffset staleSince, TimeSpan interval, int failures, CancellationToken cancellationToken)
    {
        try
        {
            var claim = await claims.TryClaimAsync(itemId, _owner, staleSince, interval, cancellationToken);
            if (!claim.Granted)
            {
                return Claimed(itemId, claim, staleSince);
            }

            using var span = CollaborationTelemetry.StartCardUpdate(itemId);
            var failure = await services.GetRequiredService<PostedCardUpdater>().UpdateAsync(itemId, cancellationToken);
            if (failure is not null)
            {
                return Retry(itemId, failure.Status, failure.RetryAfter, failures + 1);
            }

            // The lag a viewer sees: from the first vote the card did not show yet until Teams took the new card.
            metrics.CardUpdated(time.GetUtcNow() - staleSince);
            return Round.Done;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The database or Teams away, a timeout: the votes are stored, the cards get them when this is retried.
            Log.CardRefreshFailed(logger, exception, itemId);
            return Retry(itemId, 0, null, failures + 1);
        }
    }

    /// <summary>
    /// The claim is taken for now. Another instance's claim is enough when it claimed after this instance's oldest unshown vote was stored (its
    /// update reads that vote); else, and after this instance's own (failed) update, it tries again when the claim runs out. Instances compare their clocks
    /// here: a skew could cost an extra update or show a vote one interval late, never lose it for good, since the
    /// next vote on either instance marks the item again.
    /// </summary>
    private Round Claimed(Guid itemId, CardUpdateClaim claim, DateTimeOffset staleSince)
    {
        if (!claim.Mine && claim.ClaimedAt > staleSince)
        {
            Log.ShownByAnotherInstance(logger, itemId);
            return Round.Done;
        }

        var left = claim.NextAt - time.GetUtcNow();
        return new Round(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1), Failed: false);
    }

    private Round Retry(Guid itemId, int status, TimeSpan? retryAfter, int failures)
    {
        var delay = Retries.NextDelay(ConnectorFailures.Of(status, retryAfter, "card update"), failures, jitter);
        if (delay is null)
        {
            Log.CardRefreshGivenUp(logger, itemId, status, failures);
            return new Round(null, Failed: true);
        }

        Log.CardRefreshDeferred(logger, itemId, status, delay.Value);
        return new Round(delay, Failed: true);
    }

    /// <summary>A round's result: the wait before the item's next round while it is not shown yet (null: shown), and whether it failed.</summary>
    private readonly record struct Round(TimeSpan? Again, bool Failed)
    {
        public static Round Done { get; } = new(null, false);
    }

    /// <summary>Whether an item has votes its cards do not show yet, and since when (the oldest such vote).</summary>
    private sealed class Pending
    {
        private DateTimeOffset? _staleSince;

        public bool IsStale => _staleSince is not null;

        public void MarkStale(DateTimeOffset at) => _staleSince = _staleSince is { } earlier && earlier <= at ? earlier : at;

        public DateTimeOffset TakeStale()
        {
            var since = _staleSince ?? DateTimeOffset.MinValue;
            _staleSince = null;
            return since;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 731, Level = LogLevel.Warning, Message = "Refreshing the posted cards of item {ItemId} failed; it is retried with the newest results")]
        public static partial void CardRefreshFailed(ILogger logger, Exception exception, Guid itemId);

        [LoggerMessage(EventId = 732, Level = LogLevel.Information, Message = "The posted cards of item {ItemId} failed to update ({Status}); retrying with the newest results in {Delay}")]
        public static partial void CardRefreshDeferred(ILogger logger, Guid itemId, int status, TimeSpan delay);

        [LoggerMessage(EventId = 733, Level = LogLevel.Warning, Message = "The posted cards of item {ItemId} are left as they are after {Failures} failed updates ({Status}); the next vote tries again")]
        public static partial void CardRefreshGivenUp(ILogger logger, Guid itemId, int status, int failures);

        [LoggerMessage(EventId = 734, Level = LogLevel.Debug, Message = "The posted cards of item {ItemId} were updated by another instance after this one's votes")]
        public static partial void ShownByAnotherInstance(ILogger logger, Guid itemId);
    }
}
