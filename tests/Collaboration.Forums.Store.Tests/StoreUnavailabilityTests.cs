using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace Collaboration.Forums.Store.Tests;

/// <summary>
/// A database that cannot be reached surfaces as <see cref="StoreUnavailableException"/>, the one type callers
/// handle, while real bugs (a violated constraint) keep their own exception. The PostgreSQL test stops a server of
/// its own, so it runs in the PostgreSQL collection only to keep it away from the other server tests' load.
/// </summary>
[Collection(PostgresFixture.Collection)]
public sealed class StoreUnavailabilityTests : IDisposable
{
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("forum-store-outage-root-");

    [Fact]
    public async Task A_stopped_PostgreSQL_server_makes_store_calls_throw_StoreUnavailableException_until_it_is_back()
    {
        await using var server = await PostgresServer.StartAsync();
        await using var store = await StoreOnAsync(server);
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, CancellationToken.None);

        await server.StopAsync();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.Forums.GetSeriesAsync(series.Id, CancellationToken.None));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.Forums.UpdateSeriesAsync(series, CancellationToken.None));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.Conversations.BindSeriesAsync("19:c@thread.v2", series.Id, "{}", CancellationToken.None));
        // The report's streamed reads, hand-written SQL, too.
        var item = series.Forums.SelectMany(f => f.Items).First().Id;
        await Assert.ThrowsAsync<StoreUnavailableException>(async () => await store.Forums.StreamOpenAnswersAsync(item, CancellationToken.None).ToListAsync());
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.Forums.CountNeedFilersAsync(item, CancellationToken.None));

        await server.StartAgainAsync();
        Assert.NotNull(await store.Forums.GetSeriesAsync(series.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_server_restart_while_the_pool_sat_idle_fails_no_call_afterwards()
    {
        await using var server = await PostgresServer.StartAsync();
        await using var store = await StoreOnAsync(server);
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, CancellationToken.None);

        // Several pooled connections, all ended by the restart (57P01) while nobody used them.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.Forums.GetSeriesAsync(series.Id, CancellationToken.None)));
        await server.StopAsync();
        await server.StartAgainAsync();

        for (var call = 0; call < 10; call++)
        {
            Assert.NotNull(await store.Forums.GetSeriesAsync(series.Id, CancellationToken.None));
        }
    }

    [Fact]
    public void Unreachable_servers_locked_files_and_timeouts_count_as_unavailable()
    {
        Assert.True(StoreFailures.IsUnavailable(new SqliteException("database is locked", 5)));
        Assert.True(StoreFailures.IsUnavailable(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")));
        Assert.True(StoreFailures.IsUnavailable(new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300")));
        Assert.True(StoreFailures.IsUnavailable(new DbUpdateException("save failed", new NpgsqlException("Exception while reading from stream", new IOException("reset", new SocketException(104))))));
        Assert.True(StoreFailures.IsUnavailable(new InvalidOperationException("wrapped", new TimeoutException())));
    }

    [Fact]
    public void Violated_constraints_and_bugs_are_not_unavailability()
    {
        Assert.False(StoreFailures.IsUnavailable(new PostgresException("duplicate key value", "ERROR", "ERROR", "23505")));
        Assert.False(StoreFailures.IsUnavailable(new SqliteException("UNIQUE constraint failed", 19)));
        Assert.False(StoreFailures.IsUnavailable(new DbUpdateException("save failed", new InvalidOperationException("a bug"))));
        Assert.False(StoreFailures.IsUnavailable(new ArgumentNullException("series")));
    }

    public void Dispose() => _contentRoot.Delete(recursive: true);

    /// <summary>The store as the bot wires it, on a fresh database of <paramref name="server"/> (which the test stops).</summary>
    private async Task<StoreHarness> StoreOnAsync(PostgresServer server) =>
        await StoreHarness.StartAsync(_contentRoot.FullName, new Dictionary<string, string?>
        {
            ["ForumStore:Provider"] = "Postgres",
            ["ForumStore:ConnectionString"] = await server.CreateDatabaseAsync("outage"),
        });
}
