using Collaboration.Forums.Retries;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// Sends one Graph request again in place when Graph says it may: the answer is sorted by <see cref="GraphFailures"/>
/// (the classification the outbox worker uses too) and the wait comes from <see cref="RetryPolicy"/> on the injected
/// clock and jitter, so a 429's Retry-After, a 503's backoff and a 403's "no retry" are decided in one place. It stands
/// where the SDK's own retry handler stood. What it gives up on goes back to the caller as Graph's answer, and from there
/// as an exception to the outbox worker, which classifies it the same way.
/// </summary>
/// <remarks>
/// Only throttling (429, 503) and server errors or timeouts of requests that may be sent twice are repeated here. A POST
/// (a $batch of creates, a new upload session) that met a 5xx may have done its work: the job fails instead and its
/// re-run finds by need id what was written. Other transient answers (401, 409, 412, 423) would get the same answer for
/// the same request: the job's next attempt, with a new token and a fresh read, is where they can heal.
/// </remarks>
internal sealed class GraphRetryHandler(RetryPolicy policy, Jitter jitter, TimeProvider time) : DelegatingHandler
{
    /// <summary>Marks a repeated request, as the SDK's handler did, so <see cref="GraphRequestMetering"/> counts it as a retry.</summary>
    public const string RetryAttemptHeader = "Retry-Attempt";

    /// <summary>
    /// The per-request schedule: as many attempts as <see cref="GraphSyncOptions.HttpMaxRetries"/> allows, at least 1 s,
    /// 2 s, 4 s ... (at most a minute) when Graph names no wait. Batch steps that were throttled wait the same way.
    /// </summary>
    public static RetryPolicy PolicyFor(GraphSyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.HttpMaxRetries + 1, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is { } content && policy.MaxAttempts > 1)
        {
            // A body is read once as it is sent; buffered, it can be sent again (Kiota's JSON and small uploads are
            // streams; upload chunks are byte arrays already, for which this is a no-op copy of at most one chunk).
            await content.LoadIntoBufferAsync(cancellationToken);
        }

        for (var attempts = 1; ; attempts++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            var status = (int)response.StatusCode;
            var failure = GraphFailures.Of(status, GraphFailures.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow()), response.ReasonPhrase ?? string.Empty);
            if (!MaySendAgain(request.Method, status, failure.Kind) || policy.NextDelay(failure, attempts, jitter) is not { } delay)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
            request.Headers.Remove(RetryAttemptHeader);
            request.Headers.Add(RetryAttemptHeader, attempts.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static bool MaySendAgain(HttpMethod method, int status, FailureKind kind) => kind switch
    {
        FailureKind.Throttled => true,
        FailureKind.Transient => method != HttpMethod.Post && status is >= 500 or 408,
        _ => false,
    };
}
