using Collaboration.Forums.Retries;
using Microsoft.Rest;

namespace Collaboration.Bot.Teams;

/// <summary>
/// What a Bot Connector status means for a retry, as Microsoft's Teams rate limiting guidance asks ("Optimize your bot
/// with rate limiting in Teams"): 429 is throttling (wait Retry-After); 412, 502, 504, other server errors, a timeout and
/// no answer at all (status 0) are worth retrying; a 403 (the app is not installed for the member, the bot was removed)
/// or 404 (the member or chat is gone) for one conversation will not heal by retrying, nor will any other refusal.
/// </summary>
internal static class ConnectorFailures
{
    public static Failure Of(int status, TimeSpan? retryAfter, string message)
    {
        var reason = string.Create(CultureInfo.InvariantCulture, $"Teams {status}: {message}");
        return status switch
        {
            429 => Failure.Throttled(retryAfter, reason),
            0 or 408 or 412 or >= 500 => Failure.Transient(reason),
            _ => Failure.Permanent(reason),
        };
    }

    /// <summary>A failed connector call's exception with the status and the Retry-After of Teams' answer (status 0 without one).</summary>
    public static ConnectorCallException FromResponse(HttpResponseMessageWrapper? response, Exception exception, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = response is null ? 0 : (int)response.StatusCode;
        var header = response?.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return new ConnectorCallException(status, RetryAfterHeader.Read(header, now), exception.Message, exception);
    }
}
