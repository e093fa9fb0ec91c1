using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Collaboration.Forums.Retries;
using Collaboration.Telemetry;

namespace Collaboration.Bot.Teams;

/// <summary>
/// The one place every attempt to reach the Bot Connector passes: replies in turns, proactive sends, card updates,
/// roster reads and the fan-out all wait here for the rate limiter (Teams counts every call against the
/// conversation's and the tenant's limits, "Optimize your bot with rate limiting in Teams",
/// learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit), retries included, so a retry can no longer
/// slip past the budget. A 429 pauses the conversation for every caller for as long as Teams asked. Interactive calls
/// wait out short pauses and try again, so a reply still arrives within a turn; background calls get the 429 back at
/// once, and their worker schedules the retry (<see cref="RetryPolicy"/>, <see cref="ConnectorFailures"/>) without
/// holding a sender. A pause longer than a turn can wait is answered with a 429 here, without spending a request.
/// </summary>
internal sealed partial class ConnectorCallHandler(
    ConnectorRateLimiter limiter, TimeProvider time, Jitter jitter, CollaborationMetrics metrics, ILogger<ConnectorCallHandler> logger)
    : DelegatingHandler
{
    /// <summary>The longest a call waits in place for Teams; a turn must still answer within Teams' few seconds.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(4);

    // An interactive call tries four times, backing off 0.5, 1, 2 s when Teams names no wait.
    private static readonly RetryPolicy InteractiveRetries = new(4, TimeSpan.FromMilliseconds(500), LongestWait);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ConnectorAddress.Of(request.RequestUri) is not { } address)
        {
            // Token and OpenID metadata requests share the default client; Teams' limits do not count them.
            return await base.SendAsync(request, cancellationToken);
        }

        var call = TeamsCallScope.Current;
        for (var attempt = 1; ; attempt++)
        {
            if (limiter.PausedFor(call.Tenant, address.ConversationId) is var paused && paused > LongestWait)
            {
                return Refused(request, paused);
            }

            await limiter.AcquireAsync(call, address.ConversationId, cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            metrics.TeamsThrottled();
            var asked = RetryAfterHeader.Read(response.Headers.RetryAfter, time.GetUtcNow());
            var delay = InteractiveRetries.NextDelay(ConnectorFailures.Of(429, asked, "Throttled"), attempt, jitter);
            limiter.Pause(call.Tenant, address.ConversationId, asked ?? delay ?? LongestWait);
            Log.Throttled(logger, call.Priority, attempt, asked);
            if (call.Priority == CallPriority.Background || delay is null || delay > LongestWait)
            {
                return response;
            }

            response.Dispose();
        }
    }

    /// <summary>Teams' own answer, given without asking Teams: it asked this conversation to wait longer than a call may.</summary>
    private static HttpResponseMessage Refused(HttpRequestMessage request, TimeSpan paused)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            RequestMessage = request,
            Content = new StringContent("""{"error":{"code":"Throttled","message":"Teams asked this conversation to wait."}}""", Encoding.UTF8, "application/json"),
        };
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(Math.Ceiling(paused.TotalSeconds)));
        return response;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 720, Level = LogLevel.Debug, Message = "Teams throttled a {Priority} call on attempt {Attempt}; Retry-After {RetryAfter}")]
        public static partial void Throttled(ILogger logger, CallPriority priority, int attempt, TimeSpan? retryAfter);
    }
}
