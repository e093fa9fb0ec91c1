using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>The bot host carries the graph-sync worker only when it is switched on.</summary>
public sealed class GraphSyncHostingTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("bot-graphsync-");

    [Fact]
    public void The_bot_host_runs_no_graph_sync_worker_by_default()
    {
        using var factory = Factory(enabled: false);

        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), s => s.GetType().Name == "GraphSyncWorker");
    }

    [Fact]
    public void The_bot_host_runs_the_graph_sync_worker_when_enabled()
    {
        using var factory = Factory(enabled: true);

        Assert.Contains(factory.Services.GetServices<IHostedService>(), s => s.GetType().Name == "GraphSyncWorker");
    }

    private WebApplicationFactory<Program> Factory(bool enabled) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("ForumStore:ConnectionString", $"Data Source={Path.Combine(_root.FullName, "forums.db")}")
            .UseSetting("Bot:AnonymitySecret", Convert.ToBase64String(new byte[32]))
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .UseSetting("GraphSync:Enabled", enabled ? "true" : "false")
            .UseSetting("GraphSync:DriveId", "drive")
            .UseSetting("GraphSync:SiteId", "site")
            .UseSetting("GraphSync:ListId", "list")
            // Never reaches a network: the worker polls an empty outbox.
            .UseSetting("GraphSync:PollInterval", "00:10:00"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _root.Delete(recursive: true);
    }
}
