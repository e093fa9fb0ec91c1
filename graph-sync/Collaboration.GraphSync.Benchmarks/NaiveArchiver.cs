using Collaboration.GraphSync.Archive;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Collaboration.GraphSync.Benchmarks;

/// <summary>
/// The baseline the issue names: every file in one simple PUT whatever its size, every need in one POST of its own,
/// without batching and without looking up what the list already holds (so a second run duplicates every item).
/// It uses the same Graph client and pipeline as graph-sync, so only the strategy differs.
/// </summary>
internal sealed class NaiveArchiver(GraphClients clients, string driveId, string siteId, string listId)
{
    public async Task UploadAsync(ForumArchive archive, CancellationToken cancellationToken)
    {
        foreach (var file in archive.Files)
        {
            using var content = new MemoryStream(file.Content, writable: false);
            await clients.Graph.Drives[driveId].Root.ItemWithPath($"{archive.Folder}/{file.Name}").Content.PutAsync(content, cancellationToken: cancellationToken);
        }
    }

    public async Task WriteNeedsAsync(ForumArchive archive, Guid seriesId, int forumNumber, CancellationToken cancellationToken)
    {
        var items = clients.Graph.Sites[siteId].Lists[listId].Items;
        var forumKey = NeedsListPlan.ForumKeyOf(seriesId, forumNumber);
        foreach (var need in archive.Needs)
        {
            var fields = new FieldValueSet { AdditionalData = NeedsListPlan.Fields(need, forumKey) };
            await items.PostAsync(new ListItem { Fields = fields }, cancellationToken: cancellationToken);
        }
    }
}
