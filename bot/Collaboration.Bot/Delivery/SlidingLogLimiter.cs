using System.Threading.RateLimiting;

namespace Collaboration.Bot.Delivery;

/// <summary>
/// Grants a permit only while every window holds fewer grants than its limit, counting the grants of the last window
/// length exactly (a log of grant times). Fixed or segmented windows would let a full burst at the end of one window
/// meet a full burst at the start of the next, twice the limit within one window length, which Teams answers with 429.
/// </summary>
internal sealed class SlidingLogLimiter : RateLimiter
{
    private readonly (int Count, TimeSpan Window)[] _windows;
    private readonly TimeSpan _longest;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly List<long> _grants = [];
    private long _lastGrant;

    public SlidingLogLimiter(IEnumerable<(int Count, TimeSpan Window)> windows, TimeProvider time)
    {
        _windows = [.. windows];
        if (_windows.Length == 0 || _windows.Any(w => w.Count < 1 || w.Window <= TimeSpan.Zero))
        {
            throw new ArgumentException("Every window needs a positive count and length.", nameof(windows));
        }

        _longest = _windows.Max(w => w.Window);
        _time = time;
        _lastGrant = time.GetTimestamp();
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
    private TimeSpan TryGrant(bool record)
    {
        var now = _time.GetTimestamp();
        var expired = _grants.FindIndex(g => _time.GetElapsedTime(g, now) < _longest);
        _grants.RemoveRange(0, expired < 0 ? _grants.Count : expired);

        var wait = TimeSpan.Zero;
        foreach (var (count, window) in _windows)
        {
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
