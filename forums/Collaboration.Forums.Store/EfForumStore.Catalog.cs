using Collaboration.Forums.Series;
using Collaboration.Forums.Store.Mapping;

namespace Collaboration.Forums.Store;

/// <summary>The catalog of every series (the Office add-in's list), one no-tracking read.</summary>
internal sealed partial class EfForumStore : ISeriesCatalog
{
    public async Task<IReadOnlyList<ForumSeries>> GetAllSeriesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entities = await WithForumsAndItems(db.Series.AsNoTracking()).ToListAsync(cancellationToken);
        // Ordered here rather than in SQL: SQLite cannot order by a DateTimeOffset column.
        return [.. entities.Select(SeriesMapping.ToDomain).OrderByDescending(s => s.CreatedAt)];
    }
}
