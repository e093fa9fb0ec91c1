using System.Threading.RateLimiting;

namespace Collaboration.Forums.Access;

/// <summary>
/// Per user and per expensive action, a fixed window of permits (System.Threading.RateLimiting). Kept in this
/// instance's memory: a restart forgets the counts, and several instances each count on their own.
/// </summary>
public sealed class ActionLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(string User, ActionLimit Limit)> _limiter;

    public ActionLimiter(ActionLimitOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _limiter = PartitionedRateLimiter.Create<(string User, ActionLimit Limit), (string, ActionLimit)>(key =>
        {
            var window = key.Limit switch
            {
                ActionLimit.CreateSeries => settings.CreateSeries,
                ActionLimit.Report => settings.Report,
                ActionLimit.FanOut => settings.FanOut,
                ActionLimit.Addin => settings.Addin,
                _ => settings.Archive,
            };
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = window.Permits,
                Window = window.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
    }

    /// <returns>Null when the user may go ahead (a permit is taken), else how long until the next permit.</returns>
    public TimeSpan? TryTake(string userId, ActionLimit limit)
    {
        using var lease = _limiter.AttemptAcquire((userId, limit));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
