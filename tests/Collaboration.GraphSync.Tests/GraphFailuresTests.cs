using Collaboration.Forums.Retries;
using Collaboration.GraphSync.Graph;

namespace Collaboration.GraphSync.Tests;

public sealed class GraphFailuresTests
{
    // One row per kind, as Graph's throttling guidance sorts them.
    [Theory]
    [InlineData(FailureKind.Throttled, 429, 503)]
    [InlineData(FailureKind.Transient, 0, 401, 408, 423, 500, 502, 504)]
    [InlineData(FailureKind.Permanent, 400, 403, 404)]
    public void Graph_statuses_are_sorted_the_way_Graphs_throttling_guidance_asks(FailureKind expected, params int[] statuses) =>
        Assert.All(statuses, status => Assert.Equal(expected, GraphFailures.Of(status, null, "test").Kind));

    [Fact]
    public void A_throttled_answer_keeps_the_wait_Graph_asked_for_and_names_the_status()
    {
        var failure = GraphFailures.Of(429, TimeSpan.FromSeconds(30), "TooManyRequests");

        Assert.Equal(TimeSpan.FromSeconds(30), failure.RetryAfter);
        Assert.Equal("Graph 429: TooManyRequests", failure.Reason);
    }

    [Fact]
    public void Retry_After_is_read_as_seconds_or_as_a_date_and_a_past_date_asks_no_wait()
    {
        var now = new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(17), GraphFailures.RetryAfter(Headers("Retry-After", "17"), now));
        Assert.Equal(TimeSpan.FromMinutes(1), GraphFailures.RetryAfter(Headers("retry-after", "Sat, 05 Dec 2026 12:01:00 GMT"), now));
        Assert.Equal(TimeSpan.Zero, GraphFailures.RetryAfter(Headers("Retry-After", "Sat, 05 Dec 2026 11:00:00 GMT"), now));
        Assert.Null(GraphFailures.RetryAfter(Headers("Content-Type", "application/json"), now));
    }

    [Fact]
    public void Timeouts_and_dropped_connections_are_transient_and_unknown_exceptions_are_left_to_others()
    {
        var classifier = new GraphFailureClassifier(TimeProvider.System);

        Assert.Equal(FailureKind.Transient, classifier.Classify(new TaskCanceledException("timeout"))!.Kind);
        Assert.Equal(FailureKind.Transient, classifier.Classify(new HttpRequestException("reset"))!.Kind);
        Assert.Equal(FailureKind.Permanent, classifier.Classify(new HttpRequestException("gone", null, System.Net.HttpStatusCode.NotFound))!.Kind);
        Assert.Equal(FailureKind.Throttled, classifier.Classify(new GraphBatchException(429, null, "still throttled"))!.Kind);
        Assert.Null(classifier.Classify(new FormatException("a bug")));
    }

    private static Dictionary<string, IEnumerable<string>> Headers(string name, string value) => new() { [name] = [value] };
}
