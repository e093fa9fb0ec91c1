using Collaboration.Forums.Text;

namespace Collaboration.GraphSync;

/// <summary>
/// Hears of a forum whose archive is complete in SharePoint, e.g. to post the links where the forum ran. Called once
/// per successful run of the archive job, so a re-run (after a crash) may call it again. An exception here does not
/// fail the job: the files are in SharePoint either way.
/// </summary>
public interface IArchiveListener
{
    Task ArchivedAsync(ForumArchived archived, CancellationToken cancellationToken);
}

/// <summary>A forum's archive as it lies in SharePoint: the uploaded files with the links Graph gave them.</summary>
public sealed record ForumArchived(Guid SeriesId, int ForumNumber, LocalizedText ForumTitle, IReadOnlyList<ArchivedFile> Files);

/// <summary>An uploaded file and its driveItem's webUrl (the link that opens it in SharePoint).</summary>
public sealed record ArchivedFile(string Name, Uri WebUrl);

/// <summary>The listener of a graph-sync process on its own: nobody to tell.</summary>
internal sealed class NoArchiveListener : IArchiveListener
{
    public Task ArchivedAsync(ForumArchived archived, CancellationToken cancellationToken) => Task.CompletedTask;
}
