using Collaboration.Bot.Delivery;
using Collaboration.Bot.Teams;
using Collaboration.Forums.Retries;

namespace Collaboration.Bot.Tests.Delivery;

public sealed class ConnectorFailuresTests
{
    // One row per kind, as Teams' rate limiting guidance sorts them.
    [Theory]
    [InlineData(FailureKind.Throttled, 429)]
    [InlineData(FailureKind.Transient, 0, 408, 412, 500, 502, 504)]
    [InlineData(FailureKind.Permanent, 400, 403, 404)]
    public void Connector_statuses_are_sorted_the_way_Teams_asks_bots_to_retry(FailureKind expected, params int[] statuses) =>
        Assert.All(statuses, status => Assert.Equal(expected, ConnectorFailures.Of(status, null, "test").Kind));

    [Fact]
    public void A_failed_fan_out_call_carries_Teams_wait_and_a_reason_naming_the_status()
    {
        var failure = new ConnectorCallException(429, TimeSpan.FromSeconds(3), "Too many requests", null).Failure;

        Assert.Equal((FailureKind.Throttled, TimeSpan.FromSeconds(3)), (failure.Kind, failure.RetryAfter));
        Assert.Equal("Teams 429: Too many requests", failure.Reason);
    }

    [Fact]
    public void The_outbox_sorts_a_connector_failure_as_the_fan_out_does_and_leaves_other_exceptions_to_others()
    {
        // Refusals of the Bot Framework's own client (a 403 for a removed bot) go the same way: ArchiveLinksDeliveryTests.
        var classifier = new ConnectorFailureClassifier(TimeProvider.System);

        Assert.Equal(FailureKind.Permanent, classifier.Classify(new ConnectorCallException(404, null, "gone", null))!.Kind);
        Assert.Equal(FailureKind.Transient, classifier.Classify(new ConnectorCallException(0, null, "no answer", null))!.Kind);
        Assert.Null(classifier.Classify(new FormatException("a bug")));
    }
}
