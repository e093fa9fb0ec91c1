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

    [Fact]
    public async Task A_statement_the_store_repeats_is_prepared_once_on_the_server_and_kept_across_pool_returns()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, CancellationToken.None);
        await store.Forums.SaveParticipantAsync(new Participant(Guid.NewGuid(), series.Id, "aad-1", "Anna", "kommune", "Stadt", null, SampleSeries.CreatedAt), CancellationToken.None);

        // One call after another, so each rents the same pooled connection and returns it in between.
        for (var i = 0; i < 10; i++)
        {
            Assert.NotNull(await store.Forums.GetParticipantAsync(series.Id, "aad-1", CancellationToken.None));
        }

        // Asked on that same pooled connection: prepared statements belong to a server session.
        await using var db = await store.Services.GetRequiredService<IDbContextFactory<ForumDbContext>>().CreateDbContextAsync();
        var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
        Assert.Contains(prepared, statement => statement.Contains("FROM participants", StringComparison.Ordinal));
    }

    public void Dispose() => _contentRoot.Delete(recursive: true);
}
