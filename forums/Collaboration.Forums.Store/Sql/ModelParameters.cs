using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Collaboration.Forums.Store.Sql;

/// <summary>
/// Parameters for hand-written SQL, typed by the model's own column mapping (value converters included), so a Guid
/// or timestamp is written exactly as EF writes it (SQLite: upper-case text and UTC ticks; PostgreSQL: uuid, timestamptz).
/// Names are the column names; the SQL refers to them as <c>@column</c>.
/// </summary>
internal sealed class ModelParameters<TEntity>
{
    private readonly IEntityType _entity;
    private readonly DbConnection _connection;
    private readonly List<object> _parameters = [];

    public ModelParameters(DbContext db)
    {
        _entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        _connection = db.Database.GetDbConnection();
    }

    public ModelParameters<TEntity> Add(string propertyName, object? value) => Add(propertyName, value, parameterName: null);

    /// <summary>A parameter typed like <paramref name="propertyName"/>'s column but named <paramref name="parameterName"/> (e.g. "now").</summary>
    public ModelParameters<TEntity> Add(string propertyName, object? value, string? parameterName)
    {
        var property = _entity.FindProperty(propertyName) ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{propertyName} is not mapped.");
        var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
        using var command = _connection.CreateCommand();
        _parameters.Add(mapping.CreateParameter(command, parameterName ?? property.GetColumnName(), value, property.IsNullable));
        return this;
    }

    public object[] ToArray() => [.. _parameters];
}
