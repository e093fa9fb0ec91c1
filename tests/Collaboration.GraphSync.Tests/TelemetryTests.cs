using Collaboration.Telemetry.Hosting;
using Collaboration.Fakes.Telemetry;

namespace Collaboration.GraphSync.Tests;

/// <summary>
/// Issue #16, item 1: one archive run, seen as an operator's collector would see it: the outbox job's span holds the
/// archive run's, every request to the fake Graph is counted by outcome, and nothing exported names a participant.
/// </summary>
[Collection(TelemetryCollectionDefinition.Name)]
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly TelemetryCapture _capture = new();
    private GraphSyncHarness _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await GraphSyncHarness.StartAsync(TelemetryCapture.Settings, _capture.Register, host => host.AddCollaborationTelemetry("graph-sync-tests"));

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task An_archive_run_is_traced_inside_its_outbox_job_and_its_graph_requests_are_counted()
    {
        var series = await ForumScenario.CloseForumOneAsync(_harness.Store);

        await _harness.DrainAsync();

        var jobs = _capture.Spans.Where(s => s.DisplayName == $"outbox.job {ArchiveForumPayload.Kind}").ToList();
        var runs = _capture.Spans.Where(s => s.DisplayName == "archive.run").ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, run => Assert.Contains(jobs, job => job.SpanId == run.ParentSpanId));
        Assert.All(runs, run => Assert.Equal(series.Id, run.GetTagItem("collaboration.series.id")));
        // The uploads and the list writes are HttpClient spans inside the runs, their URLs templates.
        var requests = _capture.Spans.Where(s => runs.Any(run => run.TraceId == s.TraceId) && s.GetTagItem("url.full") is string).ToList();
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.DoesNotContain(GraphSyncHarness.DriveId, (string)r.GetTagItem("url.full")!, StringComparison.Ordinal));

        var metrics = _capture.CollectMetrics(_harness.Services);
        var success = new KeyValuePair<string, object?>("outcome", "success");
        // One HTTP request per request the fake saw; a $batch's parts travel inside one.
        var sent = _harness.Graph.Requests.Count(r => !r.InBatch);
        Assert.Equal(sent, TelemetryCapture.Sum(metrics, "collaboration.graph.requests"));
        Assert.Equal(sent, TelemetryCapture.Sum(metrics, "collaboration.graph.requests", success));
        Assert.Equal(0, TelemetryCapture.Sum(metrics, "collaboration.graph.retries"));
        Assert.Equal(0, TelemetryCapture.Sum(metrics, "collaboration.outbox.failures"));

        var exported = _capture.ExportedText(metrics).ToList();
        foreach (var person in ForumScenario.People.Append(ForumScenario.Moderator.Name))
        {
            Assert.DoesNotContain(exported, t => t.Contains(person, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_throttled_upload_is_counted_as_throttled_and_its_repeat_as_a_retry()
    {
        await ForumScenario.CloseForumOneAsync(_harness.Store);
        _harness.Graph.Inject(GraphFault.Throttled(TimeSpan.FromSeconds(1)), 1, r => r.Method == "PUT" && r.Path.EndsWith(":/content", StringComparison.Ordinal));

        await _harness.DrainAsync();

        var metrics = _capture.CollectMetrics(_harness.Services);
        Assert.Equal(1, TelemetryCapture.Sum(metrics, "collaboration.graph.requests", new("outcome", "throttled")));
        Assert.Equal(1, TelemetryCapture.Sum(metrics, "collaboration.graph.retries"));
        Assert.Empty(await _harness.Outbox.ListStuckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_job_is_counted_and_its_logged_reason_is_erased_before_export()
    {
        await ForumScenario.CloseForumOneAsync(_harness.Store);
        _harness.Graph.Inject(GraphFault.Unauthorized(), 1, r => r.Method == "PUT" && r.Path.EndsWith(":/content", StringComparison.Ordinal));

        await _harness.DrainAsync();

        var metrics = _capture.CollectMetrics(_harness.Services);
        Assert.Equal(1, TelemetryCapture.Sum(metrics, "collaboration.outbox.failures", new("kind", ArchiveForumPayload.Kind)));
        // The reason quotes Graph's answer, which may name a person: marked [PersonalData], it leaves the process empty.
        var failed = Assert.Single(_capture.Logs, l => l.Text.Contains("failed attempt", StringComparison.Ordinal));
        Assert.Contains("Reason= |", failed.Text + " |", StringComparison.Ordinal);
        Assert.DoesNotContain("401", failed.Text, StringComparison.Ordinal);
    }
}
