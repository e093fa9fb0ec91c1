using System.Net;
using Collaboration.Telemetry;

namespace Collaboration.Bot.Teams;

/// <summary>
/// Waits out Teams' 429 answers on the bot's connector calls and tries again, a few times: Microsoft documents that
/// a bot over its limits (per conversation, and per app and tenant) gets HTTP 429 and should retry after a pause
/// ("Optimize your bot with rate limiting in Teams", learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).
/// Without it, a reply to a moderator during a private fan-out (which uses nearly all of the tenant budget) was lost
/// and the turn failed. Waits are short so that a turn still answers in time; a longer Retry-After is given back
/// to the caller (the fan-out paces itself by it).
/// </summary>
internal sealed class ThrottledReplyHandler(TimeProvider time, CollaborationMetrics metrics) : DelegatingHandler
{
    private const int MaxRetries = 3;
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(4);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            metrics.TeamsThrottled();
            if (retry == MaxRetries)
            {
                return response;
            }

            var wait = WaitFor(response, retry);
            if (wait > LongestWait)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    // Retry-After as Teams sends it (seconds, or a date); without one, 0.5 s, 1 s, 2 s with a random part.
    private TimeSpan WaitFor(HttpResponseMessage response, int retry)
    {
        if (RetryAfterHeader.Read(response.Headers.RetryAfter, time.GetUtcNow()) is { } asked)
        {
            return asked;
        }

        var backoff = TimeSpan.FromMilliseconds(500 * Math.Pow(2, retry));
        return backoff + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 250));
    }
}
