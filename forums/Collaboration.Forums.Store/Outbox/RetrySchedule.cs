using Collaboration.Forums.Delivery;
using Microsoft.Extensions.Options;

namespace Collaboration.Forums.Store.Outbox;

/// <summary>
/// Exponential backoff with jitter between attempts of one message: the delay doubles per attempt up to the cap, and
/// a random part spreads workers that failed together (a Graph outage) so they do not all come back at once.
/// </summary>
public sealed class RetrySchedule(IOptions<OutboxOptions> options, Random random)
{
    public TimeSpan DelayAfter(int attempts) =>
        Backoff.EqualJitter(options.Value.BaseBackoff, options.Value.MaxBackoff, attempts, random.NextDouble());

    public bool IsLastAttempt(int attempts) => attempts >= options.Value.MaxAttempts;
}
