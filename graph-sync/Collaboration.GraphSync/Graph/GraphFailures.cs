using System.Net.Http.Headers;
using Collaboration.Forums.Retries;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// What a Microsoft Graph status means for a retry ("Microsoft Graph throttling guidance", "Microsoft Graph error
/// responses"): 429 and 503 are throttling (wait Retry-After); other server errors, a timeout, no answer at all (status
/// 0), an expired token (401: the next attempt gets a new one), a locked file (423) or an edit conflict (409, 412) are
/// worth retrying; a 403 (the app has no permission on the site or drive), a 404 (the site, drive or list is gone) and
/// any other refusal will not heal by retrying and need an administrator.
/// </summary>
internal static class GraphFailures
{
    public static Failure Of(int status, TimeSpan? retryAfter, string message)
    {
        var reason = string.Create(CultureInfo.InvariantCulture, $"Graph {status}: {message}");
        return status switch
        {
            429 or 503 => Failure.Throttled(retryAfter, reason),
            0 or 401 or 408 or 409 or 412 or 423 or >= 500 => Failure.Transient(reason),
            _ => Failure.Permanent(reason),
        };
    }

    /// <summary>Retry-After as seconds or as a date (RFC 9110 allows both); null when absent or unreadable.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - now is { Ticks: > 0 } left ? left : TimeSpan.Zero,
        _ => null,
    };

    public static TimeSpan? RetryAfter(IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers, DateTimeOffset now) =>
        headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() is { } value
            && RetryConditionHeaderValue.TryParse(value, out var parsed)
            ? RetryAfter(parsed, now)
            : null;
}
