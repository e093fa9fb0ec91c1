using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Forums.Store.Tests.Support;

/// <summary>A host that wires the store exactly as the bot does (<c>AddForumStore</c>), started so migrations ran.</summary>
public sealed class StoreHarness : IAsyncDisposable
{
    private readonly IHost _host;

    private StoreHarness(IHost host) => _host = host;

    public IForumStore Forums => _host.Services.GetRequiredService<IForumStore>();

    public IConversationStore Conversations => _host.Services.GetRequiredService<IConversationStore>();

    public IOutbox Outbox => _host.Services.GetRequiredService<IOutbox>();

    public IServiceProvider Services => _host.Services;

    /// <param name="clock">The store's clock; the system's when null. Lease tests pass a fake one and advance it instead of sleeping.</param>
    public static IHost Build(string contentRoot, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot,
            DisableDefaults = true,
            EnvironmentName = "Test",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.AddForumStore();
        return builder.Build();
    }

    public static async Task<StoreHarness> StartAsync(string contentRoot, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null)
    {
        var host = Build(contentRoot, settings, clock);
        await host.StartAsync();
        return new StoreHarness(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
