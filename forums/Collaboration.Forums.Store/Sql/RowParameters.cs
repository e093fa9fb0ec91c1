using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// The parameters of a statement that writes one domain record as one row (<see cref="UpsertSql.Participant"/>,
/// <see cref="UpsertSql.NeedEntry"/>): every <c>@column</c> the SQL names, typed by the model's mapping of that column
/// and valued from the record's property of the same name. The SQL is the one list of the columns written.
/// </summary>
internal static partial class RowParameters
{
    // Which property fills which column depends only on the model, the SQL and the record's type, so it is worked out
    // once (regex, model scan, reflection) and not on every participant save or need write. A few entries per process.
    private static readonly ConcurrentDictionary<(IModel Model, Type Entity, string Sql, Type Row), Column[]> Columns = new();

    public static object[] For<TEntity>(DbContext db, string sql, object row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var columns = Columns.GetOrAdd((db.Model, typeof(TEntity), sql, row.GetType()), key => Map(key.Model, key.Entity, key.Sql, key.Row));
        var parameters = new ModelParameters<TEntity>(db);
        foreach (var column in columns)
        {
            parameters.Add(column.Property, column.Source.GetValue(row));
        }

        return parameters.ToArray();
    }

    private static Column[] Map(IModel model, Type entityType, string sql, Type rowType)
    {
        var entity = model.FindEntityType(entityType) ?? throw new InvalidOperationException($"{entityType.Name} is not in the model.");
        return
        [
            .. ColumnReference().Matches(sql).Select(m => m.Groups["column"].Value).Distinct(StringComparer.Ordinal).Select(column =>
            {
                var property = entity.GetProperties().SingleOrDefault(p => p.GetColumnName() == column)
                    ?? throw new InvalidOperationException($"{entityType.Name} maps no column {column}.");
                var source = rowType.GetProperty(property.Name)
                    ?? throw new InvalidOperationException($"{rowType.Name} has no {property.Name} for the column {column}.");
                return new Column(property.Name, source);
            }),
        ];
    }

    [GeneratedRegex(@"@(?<column>[a-z_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnReference();

    /// <summary>The entity's property that names a column's parameter and types it, and the record's property that fills it.</summary>
    private sealed record Column(string Property, PropertyInfo Source);
}
