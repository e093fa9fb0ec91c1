using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Collaboration.Bot.Delivery;

/// <summary>
/// Paces every call of the bot to the Bot Connector within Teams' limits: one sliding log per conversation (thread) and
/// one per tenant, each at <see cref="FanOutOptions.Headroom"/> of the documented value, with
/// <see cref="FanOutOptions.InteractiveShare"/> of the tenant's budget kept for interactive calls while there are any.
/// A call waits for its thread first, then for the tenant, so a slot of the shared tenant budget is never held while a
/// single thread is full. A Retry-After that Teams sent pauses the conversation (or, for calls that address none, the
/// tenant) for every caller, not only for the one that got it.
/// </summary>
internal sealed class ConnectorRateLimiter : IDisposable
{
    // A turn makes a few calls in a row (typing, reply, card); the reserve outlives the first grant so the rest find it.
    private static readonly TimeSpan ReserveHold = TimeSpan.FromSeconds(2);

    private readonly PartitionedRateLimiter<string> _threads;
    private readonly ConcurrentDictionary<string, SlidingLogLimiter> _tenants = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.Ordinal);
    private readonly (int Count, TimeSpan Window)[] _tenantWindows;
    private readonly double _interactiveShare;
    private readonly TimeProvider _time;

    public ConnectorRateLimiter(IOptions<FanOutOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        _time = time;
        _interactiveShare = settings.InteractiveShare;
        var threadWindows = Scale(settings.EffectiveThreadLimits, settings.Headroom);
        _tenantWindows = Scale(settings.EffectiveTenantLimits, settings.Headroom);

        // Idle thread limiters are dropped by the partitioned limiter's own timer only after the longest window (an
        // hour) without a grant, so only calls that limit their thread create one (see TeamsCall.LimitThread).
        _threads = PartitionedRateLimiter.Create<string, string>(conversationId =>
            RateLimitPartition.Get(conversationId, _ => new SlidingLogLimiter(threadWindows, time)));
    }

    /// <summary>How long Teams asked callers on this conversation (or tenant) still to wait; zero when nothing is paused.</summary>
    public TimeSpan PausedFor(string tenantId, string? conversationId)
    {
        var now = _time.GetUtcNow();
        var left = Left(TenantKey(tenantId), now);
        return conversationId is null ? left : Max(left, Left(ConversationKey(conversationId), now));
    }

    /// <summary>
    /// Teams answered 429: every call on the conversation waits this long. A 429 on a call that addresses no
    /// conversation (creating a chat) pauses nothing: the tenant's sliding log already keeps to the limit, such a 429
    /// comes from requests bunched on the way, and pausing the whole tenant for it stalled every turn (measured:
    /// the fan-out benchmark fell to 0.69 of the limit and a command's p50 to 5x).
    /// </summary>
    public void Pause(string tenantId, string? conversationId, TimeSpan wait)
    {
        if (conversationId is null)
        {
            return;
        }

        var until = _time.GetUtcNow() + wait;
        _pausedUntil.AddOrUpdate(ConversationKey(conversationId), until, (_, known) => known > until ? known : until);
    }

    public async ValueTask AcquireAsync(TeamsCall call, string? conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (PausedFor(call.Tenant, conversationId) is { Ticks: > 0 } paused)
        {
            await Task.Delay(paused, _time, cancellationToken);
        }

        if (conversationId is not null && call.LimitThread)
        {
            using var thread = await _threads.AcquireAsync(conversationId, 1, cancellationToken);
        }

        var tenant = _tenants.GetOrAdd(call.Tenant, _ => new SlidingLogLimiter(_tenantWindows, _time, _interactiveShare, ReserveHold));
        await tenant.AcquireAsync(call.Priority, cancellationToken);
    }

    public void Dispose()
    {
        _threads.Dispose();
        foreach (var tenant in _tenants.Values)
        {
            tenant.Dispose();
        }
    }

    private TimeSpan Left(string key, DateTimeOffset now)
    {
        if (!_pausedUntil.TryGetValue(key, out var until))
        {
            return TimeSpan.Zero;
        }

        if (until > now)
        {
            return until - now;
        }

        // Passed: forgotten, so the table holds only conversations Teams throttled lately.
        _pausedUntil.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, until));
        return TimeSpan.Zero;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string TenantKey(string tenantId) => "t:" + tenantId;

    private static string ConversationKey(string conversationId) => "c:" + conversationId;

    private static (int Count, TimeSpan Window)[] Scale(IEnumerable<RateWindow> windows, double headroom) =>
        [.. windows.Select(w => (Math.Max(1, (int)Math.Floor(w.Count * headroom)), w.Window))];
}
