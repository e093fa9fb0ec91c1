using System.Globalization;
using System.Text;

namespace Collaboration.Forums.Store.Tests.Support;

/// <summary>Every value of every table of the store's model as text, to check that a string is stored nowhere.</summary>
internal static class DatabaseText
{
    public static async Task<string> ReadAllAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.Append(table).Append(':');
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }
}
