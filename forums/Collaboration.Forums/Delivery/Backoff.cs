namespace Collaboration.Forums.Delivery;

/// <summary>
/// Exponential backoff with "equal jitter": the delay doubles per attempt up to a cap, and at least half of it is
/// always waited, the other half random, so callers that failed together (a throttled tenant, a Graph outage) neither
/// retry at once nor all come back at the same moment. Fan-out sends, outbox jobs and Graph batches all wait this way.
/// </summary>
public static class Backoff
{
    /// <param name="attempts">Attempts made so far, the failed one included (1 after the first failure).</param>
    /// <param name="jitter">A random number in [0, 1).</param>
    public static TimeSpan EqualJitter(TimeSpan baseDelay, TimeSpan maxDelay, int attempts, double jitter)
    {
        var exponential = baseDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var capped = exponential > maxDelay ? maxDelay : exponential;
        return (capped / 2) + (capped / 2 * Math.Clamp(jitter, 0, 1));
    }
}
