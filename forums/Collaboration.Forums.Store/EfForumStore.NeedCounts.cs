using System.Globalization;
using Collaboration.Forums.Store.Sql;

namespace Collaboration.Forums.Store;

/// <summary>The needs' supporters counted by the database, for rankings that never hold the supports.</summary>
internal sealed partial class EfForumStore
{
    public async Task<IReadOnlyDictionary<Guid, int>> CountNeedSupportersAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var query = db.Database.GetDbConnection().CreateCommand();
        query.CommandText = NeedSupporterSql.Select;
        query.Parameters.AddRange(new ModelParameters<NeedEntryEntity>(db).Add(nameof(NeedEntryEntity.ItemId), itemId).ToArray());
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var supporters = new Dictionary<Guid, int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            supporters.Add(reader.GetGuid(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture));
        }

        return supporters;
    }
}
