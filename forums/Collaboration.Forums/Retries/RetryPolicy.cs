namespace Collaboration.Forums.Retries;

/// <summary>
/// The one retry schedule: when to try a failed call again, and when to stop. Fan-out sends, outbox jobs, card updates
/// and Graph batches all wait this way. Throttling waits as long as the service asked (Retry-After); other transient
/// failures back off exponentially with "equal jitter": the delay doubles per attempt up to <see cref="MaxDelay"/>, at
/// least half of it is always waited, the other half random, so callers that failed together (a throttled tenant, a
/// Graph outage) neither retry at once nor all come back at the same moment. A permanent failure is given up at once,
/// and anything after <see cref="MaxAttempts"/>: never retried forever.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static RetryPolicy Default { get; } = new(8, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));

    /// <summary>
    /// Whether a throttled failure waits at least the backoff of its attempt, not just the Retry-After asked for. A
    /// Retry-After says when the service may be asked again, not that it will be up by then: during an outage Graph keeps
    /// answering 503 with "Retry-After: 1", and a job that waited only that long spent its whole attempt budget within
    /// seconds and was dead-lettered. Jobs with a counted budget (the outbox) set it, so their attempts stay spread
    /// over the backoff schedule; senders whose throughput is the point (fan-out against Teams' rate limit) keep the
    /// default and wait exactly what the service asked.
    /// </summary>
    public bool ThrottleWaitsAtLeastBackoff { get; init; }

    /// <param name="attempts">Attempts made so far, the failed one included (1 after the first failure).</param>
    /// <param name="jitter">A random number in [0, 1).</param>
    /// <returns>The delay before the next attempt, or null to give up.</returns>
    public TimeSpan? NextDelay(Failure failure, int attempts, double jitter)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.Kind == FailureKind.Permanent || attempts >= MaxAttempts)
        {
            return null;
        }

        if (failure.Kind == FailureKind.Throttled && failure.RetryAfter is { } asked && asked > TimeSpan.Zero)
        {
            return ThrottleWaitsAtLeastBackoff ? Max(asked, Backoff(attempts, jitter)) : asked;
        }

        return Backoff(attempts, jitter);
    }

    /// <inheritdoc cref="NextDelay(Failure, int, double)"/>
    public TimeSpan? NextDelay(Failure failure, int attempts, Jitter jitter)
    {
        ArgumentNullException.ThrowIfNull(jitter);
        return NextDelay(failure, attempts, jitter.Next());
    }

    /// <summary>The wait after a transient failure: exponential, capped, half of it random.</summary>
    public TimeSpan Backoff(int attempts, double jitter)
    {
        var exponential = BaseDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var capped = exponential > MaxDelay ? MaxDelay : exponential;
        return (capped / 2) + (capped / 2 * Math.Clamp(jitter, 0, 1));
    }

    private static TimeSpan Max(TimeSpan one, TimeSpan other) => one > other ? one : other;
}
