using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Collaboration.Forums.Store.Tests;

public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("forum-store-sqlite-");

    protected override Task<StoreHarness> CreateStoreAsync(TimeProvider? clock = null) =>
        StoreHarness.StartAsync(_contentRoot.FullName, new Dictionary<string, string?>
        {
            ["ForumStore:Provider"] = "Sqlite",
            ["ForumStore:ConnectionString"] = $"Data Source={Guid.NewGuid():N}.db",
        }, clock);

    protected override async Task<(StoreHarness First, StoreHarness Second)> CreateTwoInstancesAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ForumStore:Provider"] = "Sqlite",
            ["ForumStore:ConnectionString"] = $"Data Source={Guid.NewGuid():N}.db",
        };
        return (await StoreHarness.StartAsync(_contentRoot.FullName, settings), await StoreHarness.StartAsync(_contentRoot.FullName, settings));
    }

    [Fact]
    public async Task Default_database_is_a_file_under_the_content_root_in_wal_mode()
    {
        await using (await StoreHarness.StartAsync(_contentRoot.FullName, new Dictionary<string, string?>()))
        {
            var file = Path.Combine(_contentRoot.FullName, "data", "forums.db");
            Assert.True(File.Exists(file));
            await using var connection = new SqliteConnection($"Data Source={file}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_stops_the_host_at_start_naming_the_key()
    {
        using var host = StoreHarness.Build(_contentRoot.FullName, new Dictionary<string, string?> { ["ForumStore:Provider"] = "Postgres" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ForumStore:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _contentRoot.Delete(recursive: true);
    }
}
