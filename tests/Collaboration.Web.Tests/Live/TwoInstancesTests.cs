using Collaboration.Fakes.Connector;
using Collaboration.Fakes.Postgres;
using Collaboration.Web.Tests.Live.Support;
using Npgsql;

namespace Collaboration.Web.Tests.Live;

/// <summary>Two bot instances on one PostgreSQL database, as behind a load balancer: a stage on B follows votes cast on A.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class TwoInstancesTests(PostgresFixture postgres) : IAsyncLifetime
{
    private FakeConnectorService? _connector;
    private LiveHost? _a;
    private LiveHost? _b;
    private string _database = string.Empty;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorService.StartAsync();
        _database = await postgres.CreateDatabaseAsync($"live_{Guid.NewGuid():N}");
        _a = LiveHost.Start("Postgres", _database, _connector);
        _b = LiveHost.Start("Postgres", _database, _connector);
    }

    public async Task DisposeAsync()
    {
        await _a!.DisposeAsync();
        await _b!.DisposeAsync();
        await _connector!.DisposeAsync();
    }

    [Fact]
    public async Task A_vote_through_instance_A_shows_on_a_stream_from_instance_B()
    {
        var forum = await LiveForum.StartAsync(_a!);
        var stage = forum.Member(_connector!, "Stefan Stage");
        using var live = await _b!.OpenLiveAsync($"item={forum.Items["bedeutung"]}", forum.Chat, stage);
        await live.WaitForResultsAsync(item => item.GetProperty("respondents").GetInt32() == 0);
        await ListenersReadyAsync(2);

        foreach (var name in new[] { "Paula", "Peter", "Petra" })
        {
            await forum.RateAsync(_a!, forum.Member(_connector!, name), "bedeutung", 5);
        }

        var shown = await live.WaitForResultsAsync(item => item.GetProperty("respondents").GetInt32() == 3);
        Assert.Equal(5.0, shown.GetProperty("mean").GetDouble());
    }

    /// <summary>Both hosts have run LISTEN (their listeners start with the host, a notice before that is not theirs).</summary>
    private async Task ListenersReadyAsync(int count)
    {
        await using var admin = NpgsqlDataSource.Create(_database);
        await using var listening = admin.CreateCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'collaboration-listen' AND query LIKE 'LISTEN%'");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((long)(await listening.ExecuteScalarAsync(timeout.Token))! < count)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }
}
