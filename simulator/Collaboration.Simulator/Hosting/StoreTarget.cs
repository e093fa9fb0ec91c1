using Collaboration.Forums.Ports;
using Collaboration.Forums.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Collaboration.Simulator.Hosting;

/// <summary>The database a bot writes to, as the bot's ForumStore settings name it; the simulator reads it afterwards.</summary>
internal sealed record StoreTarget(string Provider, string ConnectionString)
{
    public static StoreTarget SqliteFile(string path) => new("Sqlite", "Data Source=" + Path.GetFullPath(path));

    /// <summary>The bot's settings for this store, as environment variables.</summary>
    public IReadOnlyDictionary<string, string> BotSettings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ForumStore__Provider"] = Provider,
        ["ForumStore__ConnectionString"] = ConnectionString,
    };

    /// <summary>The store read in this process through the same registration the bot and the reports CLI use (no migration).</summary>
    public StoreReader OpenReader()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ForumStore:Provider"] = Provider,
            ["ForumStore:ConnectionString"] = ConnectionString,
        });
        // The run's output is the summary; EF Core's command log would drown it.
        builder.Logging.ClearProviders();
        builder.AddForumStore();
        var host = builder.Build();
        return new StoreReader(host, host.Services.GetRequiredService<IForumStore>());
    }
}

/// <summary>An open store; disposing releases the host that owns its connections.</summary>
internal sealed class StoreReader(IHost host, IForumStore store) : IDisposable
{
    public IForumStore Store { get; } = store;

    public void Dispose() => host.Dispose();
}
