namespace Collaboration.Forums.Delivery;

/// <summary>How a failed connector call is treated: wait and retry, retry with backoff, or give the member up.</summary>
public enum DeliveryFailure
{
    /// <summary>429: the service asks to slow down, usually with Retry-After.</summary>
    Throttled,

    /// <summary>A hiccup worth retrying: 5xx, 408, 412, a dropped connection.</summary>
    Transient,

    /// <summary>The member cannot get the card: the app is not installed for them (403), they left (404), or the request is refused as such.</summary>
    Unreachable,
}

public static class DeliveryFailures
{
    /// <summary>
    /// Sorts an HTTP status (0 for no answer at all) the way Microsoft's Teams rate limiting guidance asks: retry 429,
    /// 412, 502 and 504 (and other server errors); a 403 or 404 for one member will not heal by retrying.
    /// </summary>
    public static DeliveryFailure Classify(int status) => status switch
    {
        0 or 408 or 412 => DeliveryFailure.Transient,
        429 => DeliveryFailure.Throttled,
        >= 500 => DeliveryFailure.Transient,
        _ => DeliveryFailure.Unreachable,
    };
}
