using Microsoft.Extensions.Options;

namespace Collaboration.Forums.Store.Outbox;

/// <summary>
/// Exponential backoff with jitter between attempts of one message: the delay doubles per attempt up to the cap, and
/// a random part spreads workers that failed together (a Graph outage) so they do not all come back at once.
/// </summary>
public sealed class RetrySchedule(IOptions<OutboxOptions> options, Random random)
{
    public TimeSpan DelayAfter(int attempts)
    {
        var settings = options.Value;
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ceiling = Math.Min(settings.BaseBackoff.TotalMilliseconds * Math.Pow(2, exponent), settings.MaxBackoff.TotalMilliseconds);
        // "Equal jitter": at least half the backoff, so a retry never comes back immediately.
        return TimeSpan.FromMilliseconds((ceiling / 2) + (random.NextDouble() * ceiling / 2));
    }

    public bool IsLastAttempt(int attempts) => attempts >= options.Value.MaxAttempts;
}
