using Collaboration.Forums.Outbox;
using Collaboration.Forums.Series;
using Collaboration.GraphSync.Archive;
using Collaboration.GraphSync.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace Collaboration.GraphSync.Jobs;

/// <summary>
/// Writes one forum's archive as the store holds it now: its files replaced in the drive and the needs list brought to
/// one item per need. The archive job and the erasure job both archive through it.
/// </summary>
internal sealed class ForumArchiver(ForumArchiveBuilder builder, DriveUploader drive, NeedsListWriter needs)
{
    /// <summary>The uploaded files with their web links (none when the drive gave no links).</summary>
    public async Task<IReadOnlyList<ArchivedFile>> ArchiveAsync(ForumSeries series, Forum forum, CancellationToken cancellationToken)
    {
        using var span = CollaborationTelemetry.StartArchiveRun(series.Id, forum.Number);
        try
        {
            var archive = await builder.BuildAsync(series, forum, cancellationToken);
            var files = await UploadAsync(archive, cancellationToken);
            await needs.WriteAsync(series.Id, forum.Number, archive.Needs, cancellationToken);
            return files;
        }
        catch (ODataError error)
        {
            span.Failed(error);
            throw Translate(error);
        }
    }

    /// <summary>Graph's status, code and message are what an operator needs in the outbox row and the moderator's list.</summary>
    public static GraphRequestException Translate(ODataError error) =>
        new($"Graph {error.ResponseStatusCode} {error.Error?.Code}: {error.Error?.Message}", error);

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
}
