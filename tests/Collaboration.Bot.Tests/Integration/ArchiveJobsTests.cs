using Collaboration.Forums.Outbox;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>Moderators archive a forum on demand, see archive jobs that failed, and retry them; health shows them too.</summary>
public abstract class ArchiveJobsTests : BotTest
{
    [Fact]
    public async Task Archive_with_a_number_queues_that_forum_for_sharepoint()
    {
        var forum = await RunningForum.StartAsync(Bot);

        var queued = await forum.SayAsync(forum.Moderator, "archiv 1");

        Assert.Contains("Forum 1 wird in SharePoint archiviert", Assert.Single(queued).Text, StringComparison.Ordinal);
        var outbox = Bot.Services.GetRequiredService<IOutbox>();
        var jobs = await outbox.LeaseAsync("test", [ArchiveForumPayload.Kind], 10, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Contains(jobs, j => ArchiveForumPayload.Parse(j.Payload) == new ArchiveForumPayload(Guid.Parse(forum.SeriesId), 1));
    }

    [Fact]
    public async Task A_failed_archive_job_is_listed_with_a_retry_button_that_makes_it_due_again_and_health_reports_it()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var outbox = Bot.Services.GetRequiredService<IOutbox>();
        var job = await GivenUpArchiveJobAsync(outbox, forum, "Graph answered 403 Forbidden");

        var listed = Assert.Single(await forum.SayAsync(forum.Moderator, "archiv"));
        using var health = await Bot.GetAsync(new Uri("http://bot/health/ready"));
        var report = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
        var retried = await Bot.ExecuteAsync(forum.Chat, forum.Moderator, "retryArchive", new JsonObject
        {
            ["seriesId"] = forum.SeriesId,
            ["jobId"] = job.Id.ToString(),
        });

        Assert.Contains("aufgegeben", listed.Text, StringComparison.Ordinal);
        Assert.Contains("403 Forbidden", listed.Text, StringComparison.Ordinal);
        Assert.Equal("Degraded", (string?)report["status"]);
        Assert.Contains("erneut versucht", CardReader.Text(retried), StringComparison.Ordinal);
        Assert.False((await outbox.GetAsync(job.Id, CancellationToken.None))!.Poison);
        // No worker runs in this host, so the retried job now waits for its attempt instead of having given up.
        var after = Assert.Single(await forum.SayAsync(forum.Moderator, "archiv")).Text;
        Assert.Contains("wartet auf den nächsten Versuch", after, StringComparison.Ordinal);
        Assert.DoesNotContain("aufgegeben", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_cannot_retry_an_archive_job()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var outbox = Bot.Services.GetRequiredService<IOutbox>();
        var job = await GivenUpArchiveJobAsync(outbox, forum, "503");

        var refused = await Bot.ExecuteAsync(forum.Chat, TeamsUser.Create("Paul Teilnehmer"), "retryArchive", new JsonObject
        {
            ["seriesId"] = forum.SeriesId,
            ["jobId"] = job.Id.ToString(),
        });

        Assert.Contains("Moderatorinnen und Moderatoren", CardReader.Text(refused), StringComparison.Ordinal);
        Assert.True((await outbox.GetAsync(job.Id, CancellationToken.None))!.Poison);
    }

    /// <summary>An archive job of forum 1 that a worker leased, failed and gave up on, as graph-sync would leave it.</summary>
    private static async Task<OutboxMessage> GivenUpArchiveJobAsync(IOutbox outbox, RunningForum forum, string failure)
    {
        var job = OutboxMessage.ArchiveForum(Guid.NewGuid(), Guid.Parse(forum.SeriesId), 1, DateTimeOffset.UtcNow.AddMinutes(-1));
        await outbox.EnqueueAsync(job, CancellationToken.None);
        Assert.Single(await outbox.LeaseAsync("worker", [ArchiveForumPayload.Kind], 1, TimeSpan.FromMinutes(1), CancellationToken.None));
        await outbox.FailAsync(job.Id, failure, DateTimeOffset.UtcNow.AddYears(1), poison: true, CancellationToken.None);
        return job;
    }
}

public sealed class ArchiveJobsOnSqliteTests : ArchiveJobsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class ArchiveJobsOnPostgresTests(PostgresFixture postgres) : ArchiveJobsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
