using Collaboration.Forums.Outbox;
using Collaboration.GraphSync.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace Collaboration.GraphSync.Jobs;

/// <summary>
/// Follows an erasure into SharePoint: deletes the list items of the erased person's needs in each affected forum,
/// then archives the forum again from the erased store, so the files lose the person's answers and name and a need
/// kept for its supporters comes back without author. Posts no links: nothing new to announce. Idempotent: a re-run
/// finds the items gone and writes the same files.
/// </summary>
internal sealed class ErasePersonArchiveJob(IForumStore store, ForumArchiver archiver, NeedsListWriter needs) : IOutboxJob
{
    public string Kind => ErasePersonArchivePayload.Kind;

    public async Task RunAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var payload = OutboxPayload.Read(entry, ErasePersonArchivePayload.Parse);

        foreach (var target in payload.Forums)
        {
            // A series deleted since (retention) took its archive's source with it; nothing of the person is left to re-archive.
            var series = await store.GetSeriesAsync(target.SeriesId, cancellationToken);
            if (series?.FindForum(target.ForumNumber) is not { } forum)
            {
                continue;
            }

            try
            {
                await needs.RemoveAsync(series.Id, forum.Number, payload.NeedIds, cancellationToken);
            }
            catch (ODataError error)
            {
                throw ForumArchiver.Translate(error);
            }

            await archiver.ArchiveAsync(series, forum, cancellationToken);
        }
    }
}
