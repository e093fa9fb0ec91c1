using System.Threading.Channels;
using Collaboration.Forums.Store.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Forums.Store.Tests.Notifications;

/// <summary>Two instances on one PostgreSQL database hear each other's item changes, never their own, and survive a lost connection.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class ChangeNotificationTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("forum-store-notify-");
    private string _database = string.Empty;
    private Instance? _a;
    private Instance? _b;

    private Instance A => _a!;

    private Instance B => _b!;

    public async Task InitializeAsync()
    {
        _database = await postgres.CreateDatabaseAsync($"notify_{Guid.NewGuid():N}");
        _a = await Instance.StartAsync(_contentRoot.FullName, "Postgres", _database);
        _b = await Instance.StartAsync(_contentRoot.FullName, "Postgres", _database);
        await ListenersReadyAsync(_database, 2);
    }

    /// <summary>
    /// Waits until that many listeners have run LISTEN on the database (notices sent before are not theirs to hear).
    /// </summary>
    internal static async Task ListenersReadyAsync(string connectionString, int count)
    {
        await using var admin = NpgsqlDataSource.Create(connectionString);
        await using var listening = admin.CreateCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND query LIKE 'LISTEN%'");
        listening.Parameters.Add(new NpgsqlParameter { Value = NotificationConnections.ListenerName });
        using var timeout = new CancellationTokenSource(Patience);
        while ((long)(await listening.ExecuteScalarAsync(timeout.Token))! < count)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        _contentRoot.Delete(recursive: true);
    }

    [Fact]
    public async Task A_change_on_one_instance_reaches_the_other_as_changed_elsewhere()
    {
        var item = Guid.NewGuid();

        A.Changes.Changed([item]);

        Assert.Equal(item, await B.NextChangedElsewhereAsync(Patience));
    }

    [Fact]
    public async Task An_instance_does_not_hear_its_own_notices_back()
    {
        var own = Guid.NewGuid();
        var others = Guid.NewGuid();
        A.Changes.Changed([own]);
        Assert.Equal(own, await B.NextChangedElsewhereAsync(Patience));

        // PostgreSQL delivers notices in commit order: A's own notice reached A's listener before B's.
        B.Changes.Changed([others]);

        Assert.Equal(others, await A.NextChangedElsewhereAsync(Patience));
    }

    [Fact]
    public async Task The_listener_connects_again_after_its_connection_is_killed()
    {
        await using (var admin = NpgsqlDataSource.Create(_database))
        {
            await using var kill = admin.CreateCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1");
            kill.Parameters.Add(new NpgsqlParameter { Value = NotificationConnections.ListenerName });
            Assert.Equal(2L, await kill.ExecuteScalarAsync());
        }

        // Notices sent while B is away are lost by design; A keeps changing items until one arrives.
        using var stop = new CancellationTokenSource(Patience);
        var heard = B.NextChangedElsewhereAsync(Patience);
        while (!heard.IsCompleted)
        {
            A.Changes.Changed([Guid.NewGuid()]);
            await Task.WhenAny(heard, Task.Delay(TimeSpan.FromMilliseconds(200), stop.Token));
        }

        await heard;
    }

    [Fact]
    public async Task On_SQLite_nothing_listens_and_changes_stay_in_the_process()
    {
        await using var sqlite = await Instance.StartAsync(_contentRoot.FullName, "Sqlite", $"Data Source={Path.Combine(_contentRoot.FullName, "one.db")}");

        sqlite.Changes.Changed([Guid.NewGuid()]);

        var connections = sqlite.Services.GetRequiredService<NotificationConnections>();
        Assert.False(connections.Enabled);
        Assert.Equal(ChangeOrigin.ThisInstance, (await sqlite.Heard.Reader.ReadAsync()).Origin);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a notice")]
    [InlineData("0123456789abcdef0123456789abcdef-0123456789abcdef0123456789abcdef")]
    public void A_foreign_payload_on_the_channel_is_ignored(string? payload) => Assert.Null(ChangeNotice.Parse(payload));

    [Fact]
    public void A_notice_carries_only_the_instance_and_the_item()
    {
        var notice = new ChangeNotice(Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal(notice, ChangeNotice.Parse(notice.ToPayload()));
        Assert.Equal(65, notice.ToPayload().Length);
    }

    /// <summary>A host wired as the bot wires the store and its notifications, with a listener that records what it hears.</summary>
    private sealed class Instance : IAsyncDisposable
    {
        private readonly IHost _host;

        private Instance(IHost host, Recorder heard)
        {
            _host = host;
            Heard = heard.Changes;
        }

        public Channel<(Guid ItemId, ChangeOrigin Origin)> Heard { get; }

        public ItemChanges Changes => _host.Services.GetRequiredService<ItemChanges>();

        public IServiceProvider Services => _host.Services;

        public static async Task<Instance> StartAsync(string contentRoot, string provider, string connectionString)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot, DisableDefaults = true, EnvironmentName = "Test" });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ForumStore:Provider"] = provider,
                ["ForumStore:ConnectionString"] = connectionString,
            });
            builder.AddForumStore();
            builder.AddItemChangeNotifications();
            var recorder = new Recorder();
            builder.Services.AddSingleton<IItemChangeListener>(recorder);
            var host = builder.Build();
            await host.StartAsync();
            return new Instance(host, recorder);
        }

        public async Task<Guid> NextChangedElsewhereAsync(TimeSpan patience)
        {
            using var timeout = new CancellationTokenSource(patience);
            while (true)
            {
                var (itemId, origin) = await Heard.Reader.ReadAsync(timeout.Token);
                if (origin == ChangeOrigin.OtherInstance)
                {
                    return itemId;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _host.StopAsync();
            _host.Dispose();
        }
    }

    private sealed class Recorder : IItemChangeListener
    {
        public Channel<(Guid ItemId, ChangeOrigin Origin)> Changes { get; } = Channel.CreateUnbounded<(Guid, ChangeOrigin)>();

        public void OnItemChanged(Guid itemId, ChangeOrigin origin) => Changes.Writer.TryWrite((itemId, origin));
    }
}
