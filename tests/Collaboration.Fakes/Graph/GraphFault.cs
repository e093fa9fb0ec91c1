namespace Collaboration.Fakes.Graph;

/// <summary>What the fake Graph does instead of (or before) answering a request.</summary>
public sealed record GraphFault(GraphFaultKind Kind, TimeSpan Wait)
{
    /// <summary>429 with Retry-After, as Graph throttles.</summary>
    public static GraphFault Throttled(TimeSpan retryAfter) => new(GraphFaultKind.Throttled, retryAfter);

    /// <summary>503 with Retry-After.</summary>
    public static GraphFault Unavailable(TimeSpan retryAfter) => new(GraphFaultKind.Unavailable, retryAfter);

    /// <summary>401 with an InvalidAuthenticationToken error, as for an expired token.</summary>
    public static GraphFault Unauthorized() => new(GraphFaultKind.Unauthorized, TimeSpan.Zero);

    /// <summary>403 with an accessDenied error, as for an app without permission on the site or drive.</summary>
    public static GraphFault Forbidden() => new(GraphFaultKind.Forbidden, TimeSpan.Zero);

    /// <summary>Handles the request (an upload chunk is stored) but drops the connection instead of answering.</summary>
    public static GraphFault ResetAfterReceiving() => new(GraphFaultKind.Reset, TimeSpan.Zero);

    /// <summary>Handles the request, then answers 504 as a gateway that gave up waiting would: the work is done, the client hears it failed.</summary>
    public static GraphFault GatewayTimeoutAfterProcessing() => new(GraphFaultKind.GatewayTimeout, TimeSpan.Zero);

    /// <summary>Holds the request this long (or until the client gives up), then handles it.</summary>
    public static GraphFault Delayed(TimeSpan delay) => new(GraphFaultKind.Delayed, delay);
}

public enum GraphFaultKind
{
    Throttled,
    Unavailable,
    Unauthorized,
    Forbidden,
    Reset,
    GatewayTimeout,
    Delayed,
}
