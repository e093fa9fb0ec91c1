using Collaboration.Forums.Store.Diagnostics;
using Collaboration.Forums.Store.Postgres;
using Collaboration.Forums.Store.Votes;

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

    [Fact]
    public async Task A_batch_of_votes_is_written_with_one_statement_and_each_vote_lands_with_its_own_values()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, CancellationToken.None);
        var changing = (await store.Forums.GetSeriesForChangeAsync(series.Id, CancellationToken.None))!;
        Assert.True(changing.StartForum(1).Succeeded);
        await store.Forums.UpdateSeriesAsync(changing, CancellationToken.None);
        var item = changing.Forums[0].Items[0].Id;
        var at = SampleSeries.CreatedAt.AddTicks(1_234_567);
        var votes = Enumerable.Range(0, 20)
            .Select(i => new Response(item, $"p:{i:D2}", i % 2 == 0 ? Guid.NewGuid() : null, $"gruppe-{i % 3}", new RatingAnswer(1 + (i % 5)), at.AddMinutes(i)))
            .ToList();
        var commands = store.Services.GetRequiredService<StoreCommands>();
        var writesBefore = commands.Writes;

        var pending = votes.Select(v => new PendingVote(v)).ToList();
        await store.Services.GetRequiredService<VoteBatches>().WriteBatchAsync(pending, CancellationToken.None);

        Assert.All(await Task.WhenAll(pending.Select(p => p.Written.Task)), r => Assert.Equal(ResponseWrite.Inserted, r));
        Assert.Equal(1, commands.Writes - writesBefore);
        var stored = (await store.Forums.GetResponsesAsync(item, CancellationToken.None)).ToDictionary(r => r.RespondentKey);
        // Each row with its own voter's values (not shifted between columns), times as EF would have stored them.
        Assert.All(votes, v => Assert.Equal(v with { UpdatedAt = new DateTimeOffset(v.UpdatedAt.UtcTicks - (v.UpdatedAt.UtcTicks % 10), TimeSpan.Zero) }, stored[v.RespondentKey]));
    }

    [Fact]
    public async Task A_burst_larger_than_the_pool_waits_in_the_queue_where_the_pools_own_wait_refused_it()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync($"forums_{Guid.NewGuid():N}")) { MaxPoolSize = 2, Timeout = 1 }.ConnectionString;
        await using var store = await StoreHarness.StartAsync(_contentRoot.FullName, new Dictionary<string, string?>
        {
            ["ForumStore:Provider"] = "Postgres",
            ["ForumStore:ConnectionString"] = connectionString,
            ["ForumStore:PoolWait"] = "00:02:00",
        });
        var contexts = store.Services.GetRequiredService<IDbContextFactory<ForumDbContext>>();
        // Both of the pool's connections taken, as by two long store calls.
        var holders = new List<ForumDbContext>();
        for (var i = 0; i < 2; i++)
        {
            var db = await contexts.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            holders.Add(db);
        }

        var calls = Enumerable.Range(0, 30).Select(i => store.Conversations.GetBoundSeriesAsync($"19:chat-{i}@thread.v2", CancellationToken.None)).ToList();
        // Without the queue: a caller on the same pool gives up after the pool's own wait (1 s here, 4 s by default).
        await using (var bare = new NpgsqlConnection(holders[0].Database.GetConnectionString()))
        {
            var refused = await Assert.ThrowsAnyAsync<NpgsqlException>(() => bare.OpenAsync());
            Assert.True(StoreFailures.IsUnavailable(refused));
        }

        // The queued calls waited longer than that; the held connections close (one disposed while open) and they go on.
        await holders[0].Database.CloseConnectionAsync();
        foreach (var holder in holders)
        {
            await holder.DisposeAsync();
        }

        Assert.All(await Task.WhenAll(calls), Assert.Null);
        // Every permit came back, also the one of the connection disposed while open.
        Assert.Equal(2, store.Services.GetRequiredService<PoolQueue>().Free);
    }

    public void Dispose() => _contentRoot.Delete(recursive: true);
}
