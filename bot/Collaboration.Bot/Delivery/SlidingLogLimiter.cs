using System.Threading.RateLimiting;

namespace Collaboration.Bot.Delivery;

/// <summary>
/// Grants a permit only while every window holds fewer grants than its limit, counting the grants of the last window
/// length exactly (a log of grant times). Fixed or segmented windows would let a full burst at the end of one window
/// meet a full burst at the start of the next, twice the limit within one window length, which Teams answers with 429.
/// A share of each window can be kept for interactive calls: while one waits, or ran within the hold time, background
/// calls leave that share free, so a moderator's reply during a fan-out does not queue behind thousands of sends; when no
/// one is waiting, the background may use the whole window.
/// </summary>
internal sealed class SlidingLogLimiter : RateLimiter
{
    private readonly (int Count, TimeSpan Window)[] _windows;
    private readonly TimeSpan _longest;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly List<long> _grants = [];
    private readonly int[] _reserved;
    private readonly TimeSpan _reserveHold;
    private long _lastGrant;
    private long _lastInteractive;
    private int _interactiveWaiting;

    public SlidingLogLimiter(IEnumerable<(int Count, TimeSpan Window)> windows, TimeProvider time)
        : this(windows, time, reservedShare: 0, reserveHold: TimeSpan.Zero)
    {
    }

    /// <param name="reservedShare">The share of each window background calls leave to interactive ones while these are about.</param>
    /// <param name="reserveHold">How long after an interactive grant the share stays kept (a turn makes several calls).</param>
    public SlidingLogLimiter(IEnumerable<(int Count, TimeSpan Window)> windows, TimeProvider time, double reservedShare, TimeSpan reserveHold)
    {
        _windows = [.. windows];
        if (_windows.Length == 0 || _windows.Any(w => w.Count < 1 || w.Window <= TimeSpan.Zero))
        {
            throw new ArgumentException("Every window needs a positive count and length.", nameof(windows));
        }

        _longest = _windows.Max(w => w.Window);
        _time = time;
        _lastGrant = time.GetTimestamp();
        _lastInteractive = long.MinValue;
        _reserveHold = reserveHold;

        // At least one grant per window stays open to the background, so a busy turn cannot starve a fan-out for good.
        _reserved = [.. _windows.Select(w => Math.Min(w.Count - 1, (int)Math.Ceiling(w.Count * Math.Clamp(reservedShare, 0, 1))))];
    }

    /// <summary>Waits for a grant as a call of this priority.</summary>
    public async ValueTask AcquireAsync(CallPriority priority, CancellationToken cancellationToken)
    {
        var interactive = priority == CallPriority.Interactive;
        if (interactive)
        {
            Interlocked.Increment(ref _interactiveWaiting);
        }

        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (_lock)
                {
                    wait = TryGrant(record: true, interactive);
                }

                if (wait == TimeSpan.Zero)
                {
                    return;
                }

                await Task.Delay(wait, _time, cancellationToken);
            }
        }
        finally
        {
            if (interactive)
            {
                Interlocked.Decrement(ref _interactiveWaiting);
            }
        }
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var sinceLast = _time.GetElapsedTime(_lastGrant);
                return sinceLast >= _longest ? sinceLast : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = TryGrant(record: false) == TimeSpan.Zero ? 1 : 0 };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(permitCount, 1);
        lock (_lock)
        {
            return TryGrant(record: true) is var wait && wait == TimeSpan.Zero ? Lease.Acquired : new Lease(false, wait);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(permitCount, 1);
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                wait = TryGrant(record: true);
            }

            if (wait == TimeSpan.Zero)
            {
                return Lease.Acquired;
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Zero when a grant is possible now (and recorded when asked); else how long until the earliest one.</summary>
    private TimeSpan TryGrant(bool record, bool interactive = true)
    {
        var now = _time.GetTimestamp();
        var keepReserve = !interactive && (Volatile.Read(ref _interactiveWaiting) > 0
            || (_lastInteractive != long.MinValue && _time.GetElapsedTime(_lastInteractive, now) < _reserveHold));
        var expired = _grants.FindIndex(g => _time.GetElapsedTime(g, now) < _longest);
        _grants.RemoveRange(0, expired < 0 ? _grants.Count : expired);

        var wait = TimeSpan.Zero;
        for (var w = 0; w < _windows.Length; w++)
        {
            var (window, count) = (_windows[w].Window, keepReserve ? _windows[w].Count - _reserved[w] : _windows[w].Count);
            var inWindow = _grants.Count - FirstWithin(now, window);
            if (inWindow >= count)
            {
                // The grant that must leave the window before another fits: the count-th newest.
                var blocking = _grants[_grants.Count - count];
                var until = window - _time.GetElapsedTime(blocking, now);
                wait = until > wait ? until : wait;
            }
        }

        if (wait > TimeSpan.Zero)
        {
            return wait;
        }

        if (record)
        {
            _grants.Add(now);
            _lastGrant = now;
            if (interactive)
            {
                _lastInteractive = now;
            }
        }

        return TimeSpan.Zero;
    }

    /// <summary>Index of the oldest grant younger than <paramref name="window"/>; grants are in time order.</summary>
    private int FirstWithin(long now, TimeSpan window)
    {
        int low = 0, high = _grants.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_time.GetElapsedTime(_grants[middle], now) >= window)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter = null) : RateLimitLease
    {
        public static Lease Acquired { get; } = new(true);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
