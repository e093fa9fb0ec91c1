using Collaboration.Forums.Retries;
using Collaboration.GraphSync.Jobs;
using Microsoft.Kiota.Abstractions;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// Sorts the exceptions of Graph calls for the outbox worker (<see cref="GraphFailures"/>), so an archive job that Graph
/// refuses for good (403, 404) is dead-lettered after one attempt with Graph's reason, instead of being retried eight times.
/// </summary>
internal sealed class GraphFailureClassifier(TimeProvider time) : IFailureClassifier
{
    public Failure? Classify(Exception exception) => exception switch
    {
        GraphRequestException { InnerException: ApiException api } => Of(api, exception.Message),
        ApiException api => Of(api, exception.Message),
        GraphBatchException batch => GraphFailures.Of(batch.Status, batch.RetryAfter, exception.Message),
        HttpRequestException http => GraphFailures.Of((int?)http.StatusCode ?? 0, null, exception.Message),
        // A request that took longer than the client waits; the worker handles its own cancellation before asking here.
        OperationCanceledException or TimeoutException => GraphFailures.Of(0, null, exception.Message),
        _ => null,
    };

    private Failure Of(ApiException api, string message) =>
        GraphFailures.Of(api.ResponseStatusCode, GraphFailures.RetryAfter(api.ResponseHeaders, time.GetUtcNow()), message);
}
