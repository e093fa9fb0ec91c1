using System.Text.RegularExpressions;

namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// The parameters of a statement that writes one domain record as one row (<see cref="UpsertSql.Participant"/>,
/// <see cref="UpsertSql.NeedEntry"/>): every <c>@column</c> the SQL names, typed by the model's mapping of that column
/// and valued from the record's property of the same name. The SQL is the one list of the columns written.
/// </summary>
internal static partial class RowParameters
{
    public static object[] For<TEntity>(DbContext db, string sql, object row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var parameters = new ModelParameters<TEntity>(db);
        foreach (var column in ColumnReference().Matches(sql).Select(m => m.Groups["column"].Value).Distinct(StringComparer.Ordinal))
        {
            var property = entity.GetProperties().SingleOrDefault(p => p.GetColumnName() == column)
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} maps no column {column}.");
            var source = row.GetType().GetProperty(property.Name)
                ?? throw new InvalidOperationException($"{row.GetType().Name} has no {property.Name} for the column {column}.");
            parameters.Add(property.Name, source.GetValue(row));
        }

        return parameters.ToArray();
    }

    [GeneratedRegex(@"@(?<column>[a-z_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnReference();
}
