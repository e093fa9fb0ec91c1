using Collaboration.Forums.Outbox;
using Collaboration.Forums.Store.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// The bot host always works its own outbox messages (the archive links cards), and archives to SharePoint only when
/// graph-sync is switched on in it; else a graph-sync process does.
/// </summary>
public sealed class GraphSyncHostingTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("bot-graphsync-");

    [Fact]
    public void By_default_the_bot_host_posts_archive_links_but_leaves_archiving_to_graph_sync()
    {
        using var factory = Factory(enabled: false);

        Assert.Equal([ArchiveLinksPayload.Kind], JobKinds(factory));
        Assert.Contains(factory.Services.GetServices<IHostedService>(), s => s is OutboxWorker);
    }

    [Fact]
    public void With_graph_sync_enabled_the_bot_host_archives_too()
    {
        using var factory = Factory(enabled: true);

        Assert.Equal([ArchiveForumPayload.Kind, ErasePersonArchivePayload.Kind, ArchiveLinksPayload.Kind], JobKinds(factory));
        Assert.Single(factory.Services.GetServices<IHostedService>(), s => s is OutboxWorker);
    }

    private static IEnumerable<string> JobKinds(WebApplicationFactory<Program> factory) =>
        factory.Services.GetServices<IOutboxJob>().Select(j => j.Kind).Order(StringComparer.Ordinal);

    private WebApplicationFactory<Program> Factory(bool enabled) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("Bot:AllowUnauthenticated", "true")
            .UseSetting("ForumStore:ConnectionString", $"Data Source={Path.Combine(_root.FullName, "forums.db")}")
            .UseSetting("Bot:AnonymitySecret", Convert.ToBase64String(new byte[32]))
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .UseSetting("GraphSync:Enabled", enabled ? "true" : "false")
            .UseSetting("GraphSync:DriveId", "drive")
            .UseSetting("GraphSync:SiteId", "site")
            .UseSetting("GraphSync:ListId", "list")
            // Never reaches a network: the worker polls an empty outbox.
            .UseSetting("Outbox:PollInterval", "00:10:00"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _root.Delete(recursive: true);
    }
}
