using Collaboration.Forums.Store.Postgres;
using Collaboration.Forums.Store.Sqlite;
using Collaboration.Fakes.Cards;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Collaboration.Forums.Store.Tests;

/// <summary>
/// The SQL a DBA reviews and applies (forums/Collaboration.Forums.Store/Scripts) is what the migrations say, and a
/// database built from it is one the host accepts with migration at start switched off.
/// </summary>
[Collection(PostgresFixture.Collection)]
public sealed class MigrationScriptTests(PostgresFixture postgres) : IDisposable
{
    private static readonly string Scripts = Path.Combine(RepositoryRoot.Find(), "forums", "Collaboration.Forums.Store", "Scripts");

    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("forum-store-scripts-");

    [Fact]
    public void The_committed_postgres_script_is_the_idempotent_script_of_the_migrations()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        AssertScript(expected, "postgres.sql", "dotnet ef migrations script --idempotent --context PostgresForumDbContext -o Scripts/postgres.sql");
    }

    [Fact]
    public void The_committed_sqlite_script_is_the_script_of_the_migrations()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        var expected = db.GetService<IMigrator>().GenerateScript();

        AssertScript(expected, "sqlite.sql", "dotnet ef migrations script --context SqliteForumDbContext -o Scripts/sqlite.sql");
    }

    [Fact]
    public async Task A_postgres_database_built_from_the_script_twice_has_the_schema_of_a_migrated_one_and_the_host_accepts_it()
    {
        var scripted = await postgres.CreateDatabaseAsync($"scripted_{Guid.NewGuid():N}");
        var script = await File.ReadAllTextAsync(Path.Combine(Scripts, "postgres.sql"));
        // Twice: the script is idempotent, so a DBA may run it again after a partial or repeated deployment.
        await ExecuteAsync(scripted, script);
        await ExecuteAsync(scripted, script);

        await using (var checkedOnly = await StoreHarness.StartAsync(_contentRoot.FullName, Settings(scripted, migrateAtStart: false)))
        {
            Assert.Null(await checkedOnly.Forums.GetSeriesAsync(Guid.NewGuid(), CancellationToken.None));
        }

        var migrated = await postgres.CreateDatabaseAsync($"migrated_{Guid.NewGuid():N}");
        await using (await StoreHarness.StartAsync(_contentRoot.FullName, Settings(migrated, migrateAtStart: true)))
        {
        }

        Assert.Equal(await SchemaOfAsync(migrated), await SchemaOfAsync(scripted));
    }

    [Fact]
    public async Task With_migration_at_start_off_an_empty_database_stops_the_host_with_a_message_naming_the_scripts()
    {
        var empty = await postgres.CreateDatabaseAsync($"empty_{Guid.NewGuid():N}");
        using var host = StoreHarness.Build(_contentRoot.FullName, Settings(empty, migrateAtStart: false));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("ForumStore:MigrateAtStart", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Scripts", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await SchemaOfAsync(empty));
    }

    public void Dispose() => _contentRoot.Delete(recursive: true);

    private static void AssertScript(string expected, string file, string regenerate)
    {
        // dotnet ef writes the file with a byte order mark; the SQL after it is what counts.
        var committed = File.ReadAllText(Path.Combine(Scripts, file)).TrimStart('\uFEFF').ReplaceLineEndings("\n");
        Assert.True(string.Equals(expected.ReplaceLineEndings("\n"), committed, StringComparison.Ordinal),
            $"Scripts/{file} does not match the migrations. Regenerate it in forums/Collaboration.Forums.Store: {regenerate}");
    }

    private static Dictionary<string, string?> Settings(string connectionString, bool migrateAtStart) => new()
    {
        ["ForumStore:Provider"] = "Postgres",
        ["ForumStore:ConnectionString"] = connectionString,
        ["ForumStore:MigrateAtStart"] = migrateAtStart ? "true" : "false",
    };

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Columns with type and nullability, indexes with their definitions, and applied migrations, sorted.</summary>
    private static async Task<List<string>> SchemaOfAsync(string connectionString)
    {
        const string structure = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable
            FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var schema = await ReadAllAsync(connection, structure);
        if (schema.Count > 0)
        {
            schema.AddRange(await ReadAllAsync(connection, "SELECT 'migration ' || \"MigrationId\" FROM \"__EFMigrationsHistory\""));
        }

        schema.Sort(StringComparer.Ordinal);
        return schema;
    }

    private static async Task<List<string>> ReadAllAsync(NpgsqlConnection connection, string sql)
    {
        var rows = new List<string>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
