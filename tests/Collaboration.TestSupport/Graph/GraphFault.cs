namespace Collaboration.TestSupport.Graph;

/// <summary>What the fake Graph does instead of (or before) answering a request.</summary>
public sealed record GraphFault(GraphFaultKind Kind, TimeSpan Wait)
{
    /// <summary>429 with Retry-After, as Graph throttles.</summary>
    public static GraphFault Throttled(TimeSpan retryAfter) => new(GraphFaultKind.Throttled, retryAfter);

    /// <summary>503 with Retry-After.</summary>
    public static GraphFault Unavailable(TimeSpan retryAfter) => new(GraphFaultKind.Unavailable, retryAfter);

    /// <summary>401 with an InvalidAuthenticationToken error, as for an expired token.</summary>
    public static GraphFault Unauthorized() => new(GraphFaultKind.Unauthorized, TimeSpan.Zero);

    /// <summary>Handles the request (an upload chunk is stored) but drops the connection instead of answering.</summary>
    public static GraphFault ResetAfterReceiving() => new(GraphFaultKind.Reset, TimeSpan.Zero);

    /// <summary>Holds the request this long (or until the client gives up), then handles it.</summary>
    public static GraphFault Delayed(TimeSpan delay) => new(GraphFaultKind.Delayed, delay);
}

public enum GraphFaultKind
{
    Throttled,
    Unavailable,
    Unauthorized,
    Reset,
    Delayed,
}
