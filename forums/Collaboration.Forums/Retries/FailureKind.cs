namespace Collaboration.Forums.Retries;

/// <summary>
/// How a failed call to another service is treated, the same for fan-out sends, outbox jobs and Graph calls (the three
/// kinds Microsoft's Company Communicator sorts its send failures into).
/// </summary>
public enum FailureKind
{
    /// <summary>A hiccup worth retrying with backoff: a server error, a timeout, a dropped connection.</summary>
    Transient,

    /// <summary>The service asks to slow down, usually saying for how long (Retry-After).</summary>
    Throttled,

    /// <summary>No retry can fix it (no permission, the target is gone, the request is refused as such): given up at once.</summary>
    Permanent,
}
