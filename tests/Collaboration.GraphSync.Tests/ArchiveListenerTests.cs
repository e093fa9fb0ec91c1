using System.Collections.Concurrent;
using Collaboration.GraphSync.Tests.Support;
using Collaboration.TestSupport.Graph;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Collaboration.GraphSync.Tests;

/// <summary>After the upload the archive listener hears of the files with the webUrls Graph gave them.</summary>
public sealed class ArchiveListenerTests
{
    [Theory]
    [InlineData("4194304")]
    [InlineData("1")] // every file through an upload session: the webUrl comes from the last chunk's answer
    public async Task The_listener_gets_every_file_with_its_driveItem_webUrl(string simpleUploadLimit)
    {
        var listener = new RecordingListener();
        await using var harness = await GraphSyncHarness.StartAsync(
            new Dictionary<string, string?> { ["GraphSync:SimpleUploadLimit"] = simpleUploadLimit },
            services => services.AddSingleton<IArchiveListener>(listener));
        var series = await ForumScenario.CloseForumOneAsync(harness.Store);

        await harness.DrainAsync();

        var archived = Assert.Single(listener.Heard);
        Assert.Equal(series.Id, archived.SeriesId);
        Assert.Equal(1, archived.ForumNumber);
        Assert.Equal(series.FindForum(1)!.Title.De, archived.ForumTitle.De);
        var archive = await harness.ExpectedArchiveAsync(series);
        Assert.Equal(
            archive.Files.Select(f => (f.Name, FakeGraphService.WebUrl(GraphSyncHarness.DriveId, $"{archive.Folder}/{f.Name}"))),
            archived.Files.Select(f => (f.Name, f.WebUrl)));
    }

    [Fact]
    public async Task A_failing_listener_neither_fails_nor_repeats_the_job()
    {
        var listener = new RecordingListener { Fails = true };
        await using var harness = await GraphSyncHarness.StartAsync(services: services => services.AddSingleton<IArchiveListener>(listener));
        await ForumScenario.CloseForumOneAsync(harness.Store);

        await harness.DrainAsync();

        Assert.Single(listener.Heard);
        Assert.Empty(await harness.Outbox.ListStuckAsync(CancellationToken.None));
    }

    private sealed class RecordingListener : IArchiveListener
    {
        public ConcurrentQueue<ForumArchived> Heard { get; } = new();

        public bool Fails { get; init; }

        public Task ArchivedAsync(ForumArchived archived, CancellationToken cancellationToken)
        {
            Heard.Enqueue(archived);
            return Fails ? throw new InvalidOperationException("The listener fails, as a test wants.") : Task.CompletedTask;
        }
    }
}
