using Collaboration.Forums.Items;
using Collaboration.Forums.Privacy;
using Collaboration.Forums.Series;
using Collaboration.Forums.Text;

namespace Collaboration.Forums.Store.Mapping;

internal static class SeriesMapping
{
    public static SeriesEntity ToEntity(ForumSeries series) => new()
    {
        Id = series.Id,
        Title = StoreJson.Write(series.Title),
        Goal = StoreJson.WriteOptional(series.Goal),
        CreatedBy = series.CreatedBy,
        CreatedAt = series.CreatedAt,
        MinGroupSize = series.MinGroupSize,
        Groups = StoreJson.Write(series.Groups),
        Topics = StoreJson.Write(series.Topics),
        Moderators = StoreJson.Write(series.Moderators),
        ImplementationPath = StoreJson.Write(series.ImplementationPath),
        RetentionMonths = series.RetentionMonths,
        Minimisation = StoreJson.Write(series.Minimisation),
        Forums = [.. series.Forums.Select(f => ToEntity(series.Id, f))],
    };

    public static ForumEntity ToEntity(Guid seriesId, Forum forum) => new()
    {
        Id = forum.Id,
        SeriesId = seriesId,
        Number = forum.Number,
        Title = StoreJson.Write(forum.Title),
        Description = StoreJson.WriteOptional(forum.Description),
        Status = forum.Status,
        Items = [.. forum.Items.Select(i => ToEntity(forum.Id, i))],
    };

    public static ItemEntity ToEntity(Guid forumId, ForumItem item)
    {
        var entity = new ItemEntity { Key = item.Key, Prompt = string.Empty, Spec = string.Empty };
        entity.ForumId = forumId;
        CopyTo(item, entity);
        return entity;
    }

    /// <summary>Writes every persisted field of <paramref name="item"/>; EF then updates only the columns that differ.</summary>
    public static void CopyTo(ForumItem item, ItemEntity entity)
    {
        entity.Id = item.Id;
        entity.Key = item.Key;
        entity.Position = item.Position;
        entity.Prompt = StoreJson.Write(item.Prompt);
        entity.Help = StoreJson.WriteOptional(item.Help);
        entity.Spec = StoreJson.Write(item.Spec);
        entity.Anonymous = item.Anonymous;
        entity.Status = item.Status;
        entity.CarryOver = StoreJson.WriteOptional(item.CarryOver);
    }

    public static ForumSeries ToDomain(SeriesEntity entity) => new(
        entity.Id,
        StoreJson.Read<LocalizedText>(entity.Title),
        StoreJson.ReadOptional<LocalizedText>(entity.Goal),
        entity.CreatedBy,
        entity.CreatedAt,
        StoreJson.Read<List<StakeholderGroup>>(entity.Groups),
        StoreJson.Read<List<Topic>>(entity.Topics),
        entity.Forums.Select(ToDomain),
        StoreJson.Read<List<string>>(entity.Moderators),
        entity.MinGroupSize,
        StoreJson.Read<List<Milestone>>(entity.ImplementationPath),
        entity.RetentionMonths,
        StoreJson.Read<DataMinimisation>(entity.Minimisation));

    private static Forum ToDomain(ForumEntity entity) => new(
        entity.Id,
        entity.Number,
        StoreJson.Read<LocalizedText>(entity.Title),
        StoreJson.ReadOptional<LocalizedText>(entity.Description),
        entity.Status,
        entity.Items.Select(ToDomain));

    private static ForumItem ToDomain(ItemEntity entity) => new(
        entity.Id,
        entity.Key,
        entity.Position,
        StoreJson.Read<LocalizedText>(entity.Prompt),
        StoreJson.Read<ItemSpec>(entity.Spec),
        entity.Anonymous,
        entity.Status,
        StoreJson.ReadOptional<CarryOverRule>(entity.CarryOver),
        StoreJson.ReadOptional<LocalizedText>(entity.Help));
}
