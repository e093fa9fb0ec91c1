namespace Collaboration.Forums.Delivery;

/// <summary>
/// When to try a failed send again, and when to stop. Throttling waits as long as the service asked (Retry-After);
/// other transient failures back off exponentially with jitter, so instances that failed together do not retry
/// together. After <see cref="MaxAttempts"/> the member is given up and reported, never retried forever.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static RetryPolicy Default { get; } = new(8, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));

    /// <param name="attempts">Attempts made so far, the failed one included.</param>
    /// <param name="retryAfter">The service's Retry-After, if it sent one.</param>
    /// <param name="jitter">A random number in [0, 1).</param>
    /// <returns>The delay before the next attempt, or null to give the member up.</returns>
    public TimeSpan? NextDelay(DeliveryFailure failure, int attempts, TimeSpan? retryAfter, double jitter)
    {
        if (failure == DeliveryFailure.Unreachable || attempts >= MaxAttempts)
        {
            return null;
        }

        if (failure == DeliveryFailure.Throttled && retryAfter is { } asked && asked > TimeSpan.Zero)
        {
            return asked;
        }

        return Backoff.EqualJitter(BaseDelay, MaxDelay, attempts, jitter);
    }
}
