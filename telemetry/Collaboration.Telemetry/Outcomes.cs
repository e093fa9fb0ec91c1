namespace Collaboration.Telemetry;

/// <summary>What became of one private fan-out card: the tag values of <c>collaboration.fanout.sends</c>.</summary>
public enum FanOutOutcome
{
    Sent,
    Deferred,
    Failed,
}

/// <summary>
/// What became of one request to Graph: success (2xx), throttled (429, 503), failed (another status), error (no answer
/// at all: network, timeout).
/// </summary>
public enum GraphOutcome
{
    Success,
    Throttled,
    Failed,
    Error,
}
