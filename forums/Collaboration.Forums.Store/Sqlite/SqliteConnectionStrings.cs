using Microsoft.Data.Sqlite;

namespace Collaboration.Forums.Store.Sqlite;

internal static class SqliteConnectionStrings
{
    public const string Default = "Data Source=data/forums.db";

    /// <summary>Makes a relative database file relative to the content root, so the file does not move with the working directory.</summary>
    public static string Resolve(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? Default : connectionString);
        if (IsFile(builder) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }

    /// <summary>Creates the folder of the database file; SQLite creates the file but not its folder.</summary>
    public static void EnsureFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (IsFile(builder) && Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }

    private static bool IsFile(SqliteConnectionStringBuilder builder) =>
        builder.Mode != SqliteOpenMode.Memory
        && !string.IsNullOrEmpty(builder.DataSource)
        && !string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal);
}
