using System.Net;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// Counts every request that goes to Graph, by outcome, and the ones <see cref="GraphRetryHandler"/> sends again. It
/// sits behind the retry handler, so each attempt is one request; the handler marks a repeated one with its
/// Retry-Attempt header.
/// </summary>
internal sealed class GraphRequestMetering(CollaborationMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Contains(GraphRetryHandler.RetryAttemptHeader))
        {
            metrics.GraphRetry();
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            metrics.GraphRequest(GraphOutcome.Error);
            throw;
        }

        metrics.GraphRequest(response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => GraphOutcome.Throttled,
            _ when response.IsSuccessStatusCode => GraphOutcome.Success,
            _ => GraphOutcome.Failed,
        });
        return response;
    }
}
