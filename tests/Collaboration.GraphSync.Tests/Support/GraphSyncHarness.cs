using Azure.Core;
using Collaboration.Forums.Store;
using Collaboration.GraphSync.Hosting;
using Collaboration.Forums.Store.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Collaboration.GraphSync.Tests.Support;

/// <summary>
/// The forum store on a SQLite file and graph-sync wired as a host wires them (<c>AddForumStore</c>, <c>AddGraphSync</c>),
/// with Graph pointed at a loopback fake and a fake token. The hosted worker is off (Outbox:WorkerEnabled=false):
/// tests start and stop workers themselves.
/// </summary>
public sealed class GraphSyncHarness : IAsyncDisposable
{
    public const string DriveId = ArchiveTarget.DriveId;
    public const string SiteId = ArchiveTarget.SiteId;
    public const string ListId = ArchiveTarget.ListId;

    private readonly IHost _host;
    private readonly DirectoryInfo _root;

    private GraphSyncHarness(IHost host, DirectoryInfo root, FakeGraphService graph)
    {
        _host = host;
        _root = root;
        Graph = graph;
    }

    public FakeGraphService Graph { get; }

    public IServiceProvider Services => _host.Services;

    public IForumStore Store => Services.GetRequiredService<IForumStore>();

    public IOutbox Outbox => Services.GetRequiredService<IOutbox>();

    public IConversationStore Conversations => Services.GetRequiredService<IConversationStore>();

    /// <summary>The SQLite file of the store, for another process to share.</summary>
    public string DatabasePath => Path.Combine(_root.FullName, "forums.db");

    /// <param name="configure">Runs on the builder before the store and graph-sync are added, as a host's own AddXyz() would.</param>
    public static async Task<GraphSyncHarness> StartAsync(
        IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null, Action<HostApplicationBuilder>? configure = null)
    {
        var graph = await FakeGraphService.StartAsync();
        var root = Directory.CreateTempSubdirectory("graph-sync-tests-");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = root.FullName,
            DisableDefaults = true,
            EnvironmentName = "Test",
        });
        var settings = new Dictionary<string, string?>
        {
            ["ForumStore:Provider"] = "Sqlite",
            ["ForumStore:ConnectionString"] = "Data Source=forums.db",
            ["GraphSync:BaseUrl"] = graph.BaseUrl,
            ["GraphSync:DriveId"] = DriveId,
            ["GraphSync:SiteId"] = SiteId,
            ["GraphSync:ListId"] = ListId,
            ["GraphSync:Credential"] = "ManagedIdentity",
            ["GraphSync:Enabled"] = "true",
            ["Outbox:WorkerEnabled"] = "false",
            ["Outbox:MaxAttempts"] = "3",
            ["Outbox:BaseBackoff"] = "00:00:00",
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:LeaseDuration"] = "00:00:01",
            ["GraphSync:ChunkSize"] = (3 * 320 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TokenCredential, FakeTokenCredential>();
        configure?.Invoke(builder);
        builder.AddForumStore();
        builder.AddGraphSync();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new GraphSyncHarness(host, root, graph);
    }

    /// <summary>Forum 1's archive as the builder makes it from the store: what the drive and the list should hold.</summary>
    public async Task<ForumArchive> ExpectedArchiveAsync(ForumSeries series) =>
        await Services.GetRequiredService<ForumArchiveBuilder>().BuildAsync(series, series.FindForum(1)!, CancellationToken.None);

    /// <summary>Archives forum 1 once more (as the "archiv 1" command does) and runs the worker until nothing is due.</summary>
    public async Task ArchiveAgainAsync(ForumSeries series)
    {
        await Outbox.EnqueueAsync(OutboxMessage.ArchiveForum(Guid.NewGuid(), series.Id, 1, DateTimeOffset.UtcNow), CancellationToken.None);
        await DrainAsync();
    }

    /// <summary>Every need of the archive is in the list exactly once, with its text, supporters and rank.</summary>
    public void AssertEveryNeedOnce(ForumArchive expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Assert.NotEmpty(expected.Needs);
        var items = Graph.ListItems(SiteId, ListId);
        Assert.Equal(
            expected.Needs.Select(n => n.NeedId.ToString()).Order(StringComparer.Ordinal),
            items.Select(i => i["NeedId"].GetString()!).Order(StringComparer.Ordinal));
        foreach (var need in expected.Needs)
        {
            var fields = items.Single(i => i["NeedId"].GetString() == need.NeedId.ToString());
            Assert.Equal((need.Text, need.Supporters, need.Rank), (fields["NeedText"].GetString(), fields["Supporters"].GetInt32(), fields["Rank"].GetInt32()));
        }
    }

    /// <summary>A new worker, as after a process restart.</summary>
    internal OutboxWorker NewWorker()
    {
        // The host's own worker is off; this one is on, as the worker of another process would be.
        var host = Services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        var settings = new OutboxOptions
        {
            WorkerEnabled = true,
            MaxAttempts = host.MaxAttempts,
            BatchSize = host.BatchSize,
            LeaseDuration = host.LeaseDuration,
            PollInterval = host.PollInterval,
            BaseBackoff = host.BaseBackoff,
            MaxBackoff = host.MaxBackoff,
        };
        return ActivatorUtilities.CreateInstance<OutboxWorker>(Services, Options.Create(settings));
    }

    /// <summary>Runs worker batches until nothing is due, as a restarted worker would.</summary>
    internal async Task DrainAsync()
    {
        var worker = NewWorker();
        while (await worker.RunOnceAsync(CancellationToken.None) > 0)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Graph.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _root.Delete(recursive: true);
    }
}
