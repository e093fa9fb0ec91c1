using System.Globalization;
using Collaboration.GraphSync.Archive;
using Collaboration.GraphSync.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// One SharePoint list item per need, found by the NeedId field: an item that exists is patched, else one is created.
/// A re-run after a crash between POST and completion therefore finds the item instead of adding a second.
/// </summary>
internal sealed class NeedsListWriter(GraphClients clients, IOptions<GraphSyncOptions> options)
{
    /// <summary>SharePoint's single line of text holds 255 characters; the full text goes to the NeedText note field.</summary>
    private const int TitleLength = 255;

    public async Task UpsertAsync(NeedRow need, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        var items = clients.Graph.Sites[options.Value.SiteId].Lists[options.Value.ListId].Items;
        var found = await items.GetAsync(request =>
        {
            request.QueryParameters.Filter = $"fields/NeedId eq '{need.NeedId}'";
            request.QueryParameters.Expand = ["fields($select=NeedId)"];
            // NeedId need not be an indexed column; without this header SharePoint refuses the filter outright.
            request.Headers.Add("Prefer", "HonorNonIndexedQueriesWarningMayFailRandomly");
        }, cancellationToken);

        var fields = new FieldValueSet { AdditionalData = Fields(need) };
        if (found?.Value is [{ Id: { } id }, ..])
        {
            await items[id].Fields.PatchAsync(fields, cancellationToken: cancellationToken);
        }
        else
        {
            await items.PostAsync(new ListItem { Fields = fields }, cancellationToken: cancellationToken);
        }
    }

    internal static Dictionary<string, object> Fields(NeedRow need)
    {
        var fields = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["Title"] = need.Text.Length > TitleLength ? need.Text[..TitleLength] : need.Text,
            ["NeedId"] = need.NeedId.ToString(),
            ["NeedText"] = need.Text,
            ["SeriesId"] = need.SeriesId.ToString(),
            ["ForumNumber"] = need.ForumNumber,
            ["ItemKey"] = need.ItemKey,
            ["Kind"] = need.Kind.ToString(),
            ["Topic"] = need.TopicKey,
            ["Rank"] = need.Rank,
            ["Supporters"] = need.Supporters,
            ["CreatedAt"] = need.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        if (need.Author is { } author)
        {
            fields["Author"] = author;
        }

        return fields;
    }
}
