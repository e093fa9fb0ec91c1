using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Collaboration.Bot.Delivery;

/// <summary>
/// Paces the bot's calls to the Bot Connector within Teams' limits: one sliding log per conversation (thread) and one
/// per tenant, each at <see cref="FanOutOptions.Headroom"/> of the documented value. A call waits for its thread
/// first, then for the tenant, so a slot of the shared tenant budget is never held while a single thread is full.
/// </summary>
internal sealed class ConnectorRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _threads;
    private readonly ConcurrentDictionary<string, SlidingLogLimiter> _tenants = new(StringComparer.OrdinalIgnoreCase);
    private readonly (int Count, TimeSpan Window)[] _tenantWindows;
    private readonly TimeProvider _time;

    public ConnectorRateLimiter(IOptions<FanOutOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        _time = time;
        var threadWindows = Scale(settings.EffectiveThreadLimits, settings.Headroom);
        _tenantWindows = Scale(settings.EffectiveTenantLimits, settings.Headroom);

        // Idle thread limiters are dropped by the partitioned limiter's own timer only after the longest window (an
        // hour) without a grant, so callers pass a thread only for conversations that get many calls (the source chat).
        _threads = PartitionedRateLimiter.Create<string, string>(conversationId =>
            RateLimitPartition.Get(conversationId, _ => new SlidingLogLimiter(threadWindows, time)));
    }

    public async ValueTask AcquireAsync(string tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        if (conversationId is not null)
        {
            using var thread = await _threads.AcquireAsync(conversationId, 1, cancellationToken);
        }

        var tenant = _tenants.GetOrAdd(tenantId, _ => new SlidingLogLimiter(_tenantWindows, _time));
        using var lease = await tenant.AcquireAsync(1, cancellationToken);
    }

    public void Dispose()
    {
        _threads.Dispose();
        foreach (var tenant in _tenants.Values)
        {
            tenant.Dispose();
        }
    }

    private static (int Count, TimeSpan Window)[] Scale(IEnumerable<RateWindow> windows, double headroom) =>
        [.. windows.Select(w => (Math.Max(1, (int)Math.Floor(w.Count * headroom)), w.Window))];
}
