using Collaboration.Forums.Store.Tests.Support;
using Collaboration.TestSupport.Postgres;
using Xunit;

namespace Collaboration.Forums.Store.Tests;

[Collection(PostgresFixture.Collection)]
public sealed class PostgresStoreTests(PostgresFixture postgres) : StoreContract, IDisposable
{
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("forum-store-pg-root-");

    protected override async Task<StoreHarness> CreateStoreAsync(TimeProvider? clock = null) =>
        await StoreHarness.StartAsync(_contentRoot.FullName, new Dictionary<string, string?>
        {
            ["ForumStore:Provider"] = "Postgres",
            ["ForumStore:ConnectionString"] = await postgres.CreateDatabaseAsync($"forums_{Guid.NewGuid():N}"),
        }, clock);

    protected override async Task<(StoreHarness First, StoreHarness Second)> CreateTwoInstancesAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ForumStore:Provider"] = "Postgres",
            ["ForumStore:ConnectionString"] = await postgres.CreateDatabaseAsync($"forums_{Guid.NewGuid():N}"),
        };
        return (await StoreHarness.StartAsync(_contentRoot.FullName, settings), await StoreHarness.StartAsync(_contentRoot.FullName, settings));
    }

    public void Dispose() => _contentRoot.Delete(recursive: true);
}
