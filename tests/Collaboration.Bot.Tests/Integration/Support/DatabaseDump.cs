using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>Every row of every table of a bot's database, each value as text, read with the driver and no product code.</summary>
public sealed class DatabaseDump
{
    private DatabaseDump(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> tables) => Tables = tables;

    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> Tables { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows(string table) => Tables.TryGetValue(table, out var rows) ? rows : [];

    public static async Task<DatabaseDump> ReadAsync(ThrowAwayStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using DbConnection connection = store.Provider == "Postgres"
            ? new NpgsqlConnection(store.ConnectionString)
            : new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = store.Provider == "Postgres"
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{name}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<IReadOnlyDictionary<string, string?>>();
            while (await reader.ReadAsync())
            {
                var row = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                    {
                        byte[] bytes => Convert.ToBase64String(bytes),
                        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
                        var value => Convert.ToString(value, CultureInfo.InvariantCulture),
                    };
                }

                rows.Add(row);
            }

            tables[name] = rows;
        }

        return new DatabaseDump(tables);
    }
}
