using System.Text.Json;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Store;
using Collaboration.GraphSync.Archive;
using Collaboration.GraphSync.Graph;
using Microsoft.Extensions.Logging;

namespace Collaboration.GraphSync.Jobs;

/// <summary>
/// Archives a forum: uploads results.json, responses.csv and needs.csv to "&lt;series&gt;/&lt;NN forum&gt;/" and
/// brings the needs list to one item per need. Files are replaced and list items found by need id, so running it twice
/// leaves the same end state. When all is uploaded, the <see cref="IArchiveListener"/> hears of the files and their links.
/// </summary>
internal sealed partial class ArchiveForumJob(
    IForumStore store, ForumArchiveBuilder builder, DriveUploader drive, NeedsListWriter needs, IArchiveListener listener, ILogger<ArchiveForumJob> logger)
    : IOutboxJob
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

        var archive = await builder.BuildAsync(series, forum, cancellationToken);
        var files = await UploadAsync(archive, cancellationToken);
        await needs.WriteAsync(series.Id, forum.Number, archive.Needs, cancellationToken);
        try
        {
            await listener.ArchivedAsync(new ForumArchived(series.Id, forum.Number, forum.Title, files), cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The archive is complete; a retry would upload it all again only to fail at the same notice.
            LogListenerFailed(error, series.Id, forum.Number);
        }
    }

    private async Task<IReadOnlyList<ArchivedFile>> UploadAsync(ForumArchive archive, CancellationToken cancellationToken)
    {
        var files = new List<ArchivedFile>();
        foreach (var file in archive.Files)
        {
            var webUrl = await drive.UploadAsync($"{archive.Folder}/{file.Name}", file.Content, cancellationToken);
            if (webUrl is not null)
            {
                files.Add(new ArchivedFile(file.Name, webUrl));
            }
        }

        return files;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The archive of forum {ForumNumber} of series {SeriesId} is complete, but its listener failed")]
    private partial void LogListenerFailed(Exception error, Guid seriesId, int forumNumber);
}
