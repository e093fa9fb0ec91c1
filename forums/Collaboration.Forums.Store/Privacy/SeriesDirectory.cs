using Collaboration.Forums.Items;
using Collaboration.Forums.Series;
using Collaboration.Forums.Store.Mapping;

namespace Collaboration.Forums.Store.Privacy;

/// <summary>The series a person's rows belong to, loaded once, to name each row's series, forum and question.</summary>
internal sealed class SeriesDirectory
{
    private readonly Dictionary<Guid, ForumSeries> _series;
    private readonly Dictionary<Guid, (ForumSeries Series, Forum Forum, ForumItem Item)> _items;

    private SeriesDirectory(IEnumerable<ForumSeries> series)
    {
        _series = series.ToDictionary(s => s.Id);
        _items = _series.Values
            .SelectMany(s => s.Forums.SelectMany(f => f.Items.Select(i => (Series: s, Forum: f, Item: i))))
            .ToDictionary(x => x.Item.Id);
    }

    public static async Task<SeriesDirectory> LoadAsync(ForumDbContext db, IEnumerable<Guid> seriesIds, CancellationToken cancellationToken)
    {
        var ids = seriesIds.Distinct().ToList();
        var entities = await db.Series.AsNoTracking().Include(s => s.Forums).ThenInclude(f => f.Items).AsSingleQuery()
            .Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        return new SeriesDirectory(entities.Select(SeriesMapping.ToDomain));
    }

    public ForumSeries? Series(Guid seriesId) => _series.GetValueOrDefault(seriesId);

    public (ForumSeries Series, Forum Forum, ForumItem Item) Item(Guid itemId) =>
        _items.TryGetValue(itemId, out var found) ? found : throw new InvalidDataException($"Item {itemId} belongs to no loaded series.");

    public string TitleOf(Guid seriesId) => _series.GetValueOrDefault(seriesId)?.Title.De ?? string.Empty;
}
