using Collaboration.GraphSync.Archive;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// Brings a forum's needs into the SharePoint list: columns provisioned, the forum's existing items read in one paged
/// query on the indexed ForumKey column, then only the creates, updates and duplicate removals that are needed, sent
/// as JSON batches. Running it again (after a crash between batches, or on a re-archive) finds by need id what is
/// there, so every need ends up exactly once.
/// </summary>
internal sealed partial class NeedsListWriter(
    GraphClients clients, NeedsListColumns columns, ListBatchRunner batches, IOptions<GraphSyncOptions> options, ILogger<NeedsListWriter> logger)
{
    /// <summary>SharePoint's largest page of list items (it answers 200 when asked for none).</summary>
    private const int PageSize = 5000;

    public async Task WriteAsync(Guid seriesId, int forumNumber, IReadOnlyList<NeedRow> needs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(needs);
        await columns.EnsureAsync(cancellationToken);
        var forumKey = NeedsListPlan.ForumKeyOf(seriesId, forumNumber);
        var existing = await ReadForumAsync(forumKey, cancellationToken);
        var changes = NeedsListPlan.Plan(needs, existing, forumKey);
        await batches.RunAsync(changes, cancellationToken);
        var kinds = changes.CountBy(c => c.Kind).ToDictionary();
        var (created, updated, deleted) = (kinds.GetValueOrDefault(ListChangeKind.Create), kinds.GetValueOrDefault(ListChangeKind.Update), kinds.GetValueOrDefault(ListChangeKind.Delete));
        Log.Written(logger, seriesId, forumNumber, needs.Count, existing.Count, created, updated, deleted);
    }

    /// <summary>
    /// Deletes the forum's items of the given needs (every copy), for an erasure. Items already gone are not asked
    /// for again, so a re-run deletes nothing twice.
    /// </summary>
    public async Task RemoveAsync(Guid seriesId, int forumNumber, IReadOnlyCollection<Guid> needIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(needIds);
        await columns.EnsureAsync(cancellationToken);
        var wanted = needIds.Select(id => id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var existing = await ReadForumAsync(NeedsListPlan.ForumKeyOf(seriesId, forumNumber), cancellationToken);
        var changes = existing
            .Where(i => NeedsListPlan.Normalise(i.Fields.GetValueOrDefault(NeedsListColumns.NeedId)) is { } needId && wanted.Contains(needId))
            .Select(i => ListChange.Delete(i.Id))
            .ToList();
        await batches.RunAsync(changes, cancellationToken);
        Log.Removed(logger, seriesId, forumNumber, changes.Count);
    }

    private async Task<IReadOnlyList<ExistingItem>> ReadForumAsync(string forumKey, CancellationToken cancellationToken)
    {
        var items = clients.Graph.Sites[options.Value.SiteId].Lists[options.Value.ListId].Items;
        var found = new List<ExistingItem>();
        var page = await items.GetAsync(request =>
        {
            request.QueryParameters.Filter = $"fields/{NeedsListColumns.ForumKey} eq '{forumKey}'";
            request.QueryParameters.Expand = [$"fields($select={string.Join(',', NeedsListPlan.OwnedFields)})"];
            request.QueryParameters.Top = PageSize;
        }, cancellationToken);
        while (page is not null)
        {
            found.AddRange((page.Value ?? []).Where(i => i.Id is not null)
                .Select(i => new ExistingItem(i.Id!, (IReadOnlyDictionary<string, object?>)(i.Fields?.AdditionalData ?? new Dictionary<string, object>())
                    .ToDictionary(f => f.Key, f => (object?)f.Value, StringComparer.Ordinal))));
            page = page.OdataNextLink is { } next ? await items.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
        }

        return found;
    }

    // Events without an EventId get one derived from their name: EventName keeps the name, and so the id, they had
    // before they moved into Log.
    private static partial class Log
    {
        [LoggerMessage(EventName = "LogWritten", Level = LogLevel.Information,
            Message = "Needs list for forum {ForumNumber} of series {SeriesId}: {Needs} needs, {Found} items found; {Created} created, {Updated} updated, {Deleted} duplicates deleted")]
        public static partial void Written(ILogger logger, Guid seriesId, int forumNumber, int needs, int found, int created, int updated, int deleted);

        [LoggerMessage(EventName = "LogRemoved", Level = LogLevel.Information, Message = "Needs list for forum {ForumNumber} of series {SeriesId}: {Deleted} items of an erased person deleted")]
        public static partial void Removed(ILogger logger, Guid seriesId, int forumNumber, int deleted);
    }
}
