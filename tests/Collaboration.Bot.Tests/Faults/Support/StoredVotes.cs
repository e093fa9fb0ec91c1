using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Collaboration.Bot.Tests.Faults.Support;

/// <summary>
/// Reads answers and needs straight from the bot's database (not through the bot), so that what a test checks is
/// what survived on disk. Answers only of named items: their rows carry the participant, hence the Teams user.
/// </summary>
internal static class StoredVotes
{
    private const string AnswersByUser =
        "SELECT p.user_id, r.answer FROM responses r JOIN participants p ON p.id = r.participant_id";

    /// <summary>Every stored answer row as (the user's Entra object id, which the bot keys participants by; chosen option keys). A user with two rows appears twice.</summary>
    public static async Task<IReadOnlyList<(string UserId, string Choice)>> ReadAsync(ThrowAwayStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var connection = Open(store);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = AnswersByUser;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            var answer = JsonNode.Parse(reader.GetString(1))!;
            var keys = answer["choiceKeys"]!.AsArray().Select(k => (string)k!);
            rows.Add((reader.GetString(0), string.Join(',', keys)));
        }

        return rows;
    }

    /// <summary>The texts of every stored need, as they are in the database.</summary>
    public static async Task<IReadOnlyList<string>> ReadNeedTextsAsync(ThrowAwayStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var connection = Open(store);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM need_entries";
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new List<string>();
        while (await reader.ReadAsync())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }

    /// <summary>SQLite's own check of the file: "ok" or the list of what is broken.</summary>
    public static async Task<string> SqliteIntegrityAsync(ThrowAwayStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var connection = Open(store);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "(null)";
    }

    // No pooling: the test's connection must be closed for real before the bot opens the file again.
    private static DbConnection Open(ThrowAwayStore store) => store.Provider == "Postgres"
        ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false }.ConnectionString)
        : new SqliteConnection(new SqliteConnectionStringBuilder(store.ConnectionString) { Pooling = false }.ConnectionString);
}
