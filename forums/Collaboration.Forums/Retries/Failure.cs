namespace Collaboration.Forums.Retries;

/// <summary>
/// A failed call as the retry schedule sees it: its kind, the wait the service asked for (throttling only), and a reason
/// an operator or moderator can read. The edges that talk HTTP (Bot Connector, Graph) build it from statuses and
/// exceptions; the domain knows no HTTP.
/// </summary>
public sealed record Failure(FailureKind Kind, string Reason)
{
    /// <summary>The service's Retry-After; only a throttled failure has one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static Failure Transient(string reason) => new(FailureKind.Transient, reason);

    public static Failure Throttled(TimeSpan? retryAfter, string reason) => new(FailureKind.Throttled, reason) { RetryAfter = retryAfter };

    public static Failure Permanent(string reason) => new(FailureKind.Permanent, reason);
}
