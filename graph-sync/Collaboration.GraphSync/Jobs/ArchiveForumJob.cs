using System.Text.Json;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Store;
using Collaboration.GraphSync.Archive;
using Collaboration.GraphSync.Graph;

namespace Collaboration.GraphSync.Jobs;

/// <summary>
/// Archives a forum: uploads results.json, responses.csv and needs.csv to "&lt;series&gt;/&lt;NN forum&gt;/" and
/// upserts one list item per need. Files are replaced and list items found by need id, so running it twice leaves
/// the same end state.
/// </summary>
internal sealed class ArchiveForumJob(IForumStore store, ForumArchiveBuilder builder, DriveUploader drive, NeedsListWriter needs) : IOutboxJob
{
    public string Kind => ArchiveForumPayload.Kind;

    public async Task RunAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArchiveForumPayload payload;
        try
        {
            payload = ArchiveForumPayload.Parse(entry.Payload);
        }
        catch (JsonException error)
        {
            throw new PermanentJobException("The archive-forum payload is not readable.", error);
        }

        var series = await store.GetSeriesAsync(payload.SeriesId, cancellationToken)
            ?? throw new PermanentJobException($"Series {payload.SeriesId} does not exist.");
        var forum = series.FindForum(payload.ForumNumber)
            ?? throw new PermanentJobException($"Series {payload.SeriesId} has no forum {payload.ForumNumber}.");

        await RunAsync(await builder.BuildAsync(series, forum, cancellationToken), cancellationToken);
    }

    private async Task RunAsync(ForumArchive archive, CancellationToken cancellationToken)
    {
        foreach (var file in archive.Files)
        {
            await drive.UploadAsync($"{archive.Folder}/{file.Name}", file.Content, cancellationToken);
        }

        foreach (var need in archive.Needs)
        {
            await needs.UpsertAsync(need, cancellationToken);
        }
    }
}
