using System.Net;
using Collaboration.Forums.Retries;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// Sends list writes as JSON batches of at most <see cref="GraphSyncOptions.ListBatchSize"/> requests (Graph allows 20)
/// through the SDK's <see cref="BatchRequestContentCollection"/>. The batch POST itself goes through
/// <see cref="GraphRetryHandler"/>; but a batch answered 200 can hold single requests that were throttled (429) or met a busy service (503),
/// which the handler never sees. Those, and only those, are sent again in a smaller batch after their Retry-After (or
/// the shared backoff with jitter, <see cref="RetryPolicy"/>), so a write that succeeded is never repeated. Any other refusal fails the job;
/// its re-run finds what was written by need id, so nothing is duplicated.
/// One batch at a time, in order: a crash between batches leaves whole batches behind, which the re-run completes.
/// </summary>
internal sealed partial class ListBatchRunner(
    GraphClients clients, IOptions<GraphSyncOptions> options, TimeProvider time, Jitter jitter, ILogger<ListBatchRunner> logger)
{
    // As many rounds, and the same waits, as a single request gets in place.
    private readonly RetryPolicy _retries = GraphRetryHandler.PolicyFor(options.Value);

    public async Task RunAsync(IReadOnlyList<ListChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var chunk in changes.Chunk(options.Value.ListBatchSize))
        {
            await RunBatchAsync(chunk, cancellationToken);
        }
    }

    private async Task RunBatchAsync(ListChange[] chunk, CancellationToken cancellationToken)
    {
        var pending = chunk.Select((change, index) => (Id: index.ToString(CultureInfo.InvariantCulture), Change: change)).ToList();
        for (var round = 0; ; round++)
        {
            var batch = new BatchRequestContentCollection(clients.Graph, options.Value.ListBatchSize);
            foreach (var (id, change) in pending)
            {
                await batch.AddBatchRequestStepAsync(RequestOf(change), id);
            }

            var answers = await clients.Graph.Batch.PostAsync(batch, cancellationToken);
            var statuses = await answers.GetResponsesStatusCodesAsync();
            var again = new List<(string Id, ListChange Change)>();
            var wait = TimeSpan.Zero;
            foreach (var step in pending)
            {
                if (!statuses.TryGetValue(step.Id, out var status))
                {
                    throw new GraphBatchException(0, null, $"Graph's batch answer has no response for request {step.Id}.");
                }

                if (BatchResponseContent.IsSuccessStatusCode(status))
                {
                    continue;
                }

                using var response = await answers.GetResponseByIdAsync(step.Id);
                var retryAfter = GraphFailures.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow());
                if (status is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
                {
                    // Not repeated in place: a 504 may come after the item was created; the job's re-run finds it by need id.
                    var body = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync(cancellationToken);
                    throw new GraphBatchException((int)status, retryAfter, $"Graph {(int)status} for a {step.Change.Kind} of the needs list in a batch: {body}");
                }

                again.Add(step);
                var throttled = GraphFailures.Of((int)status, retryAfter, "a request of a batch to the needs list");
                wait = Max(wait, _retries.NextDelay(throttled, round + 1, jitter) ?? TimeSpan.Zero);
            }

            if (again.Count == 0)
            {
                return;
            }

            if (round + 1 >= _retries.MaxAttempts)
            {
                // Still throttled: the outbox worker waits its own backoff before the job runs again.
                throw new GraphBatchException(
                    (int)HttpStatusCode.TooManyRequests, null, $"{again.Count} request(s) of a batch to the needs list were still throttled after {round + 1} attempts.");
            }

            Log.Retrying(logger, again.Count, pending.Count, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken);
            pending = again;
        }
    }

    private RequestInformation RequestOf(ListChange change)
    {
        var items = clients.Graph.Sites[options.Value.SiteId].Lists[options.Value.ListId].Items;
        return change.Kind switch
        {
            ListChangeKind.Create => items.ToPostRequestInformation(new ListItem { Fields = FieldsOf(change) }),
            ListChangeKind.Update => items[change.ItemId].Fields.ToPatchRequestInformation(FieldsOf(change)),
            _ => items[change.ItemId].ToDeleteRequestInformation(),
        };
    }

    private static FieldValueSet FieldsOf(ListChange change) => new() { AdditionalData = new Dictionary<string, object>(change.Fields!) };

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    // Events without an EventId get one derived from their name: EventName keeps the name, and so the id, they had
    // before they moved into Log.
    private static partial class Log
    {
        [LoggerMessage(EventName = "LogRetrying", Level = LogLevel.Warning, Message = "{Retried} of {Sent} request(s) of a batch to the needs list were throttled; sending them again in {WaitSeconds} s")]
        public static partial void Retrying(ILogger logger, int retried, int sent, double waitSeconds);
    }
}
