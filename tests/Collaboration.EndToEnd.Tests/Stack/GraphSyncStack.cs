using Collaboration.Fakes.Graph;

namespace Collaboration.EndToEnd.Tests.Stack;

/// <summary>
/// graph-sync as it runs beside the bot in a tenant: its own process on the bot's database, a managed identity
/// (a fake App Service identity endpoint) and Microsoft Graph (the fake service). Its log lands beside the bot's.
/// </summary>
internal sealed class GraphSyncStack : IAsyncDisposable
{
    private readonly FakeManagedIdentityEndpoint _identity;
    private readonly GraphSyncProcess _process;

    private GraphSyncStack(FakeGraphService graph, FakeManagedIdentityEndpoint identity, GraphSyncProcess process)
    {
        Graph = graph;
        _identity = identity;
        _process = process;
    }

    public FakeGraphService Graph { get; }

    public static async Task<GraphSyncStack> StartAsync(string storeConnectionString, string artifacts, CancellationToken cancellationToken)
    {
        var graph = await FakeGraphService.StartAsync(cancellationToken);
        var identity = await FakeManagedIdentityEndpoint.StartAsync(cancellationToken);
        try
        {
            var settings = GraphSyncProcess.Settings(graph, identity, storeConnectionString);
            var process = await GraphSyncProcess.StartAsync(settings, Path.Combine(artifacts, "graph-sync.log"), cancellationToken);
            return new GraphSyncStack(graph, identity, process);
        }
        catch
        {
            await identity.DisposeAsync();
            await graph.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        await _identity.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
