using Collaboration.Fakes.Connector;

namespace Collaboration.Simulator.Bench;

/// <summary>
/// One bot under the vote benchmark, ready for bursts: started, its voters onboarded (product bots), warmed up.
/// All targets of a size are prepared first and then take turns burst by burst (<see cref="VoteBenchmark"/>), so the
/// ratio between them compares bursts fired within the same seconds rather than phases a minute apart.
/// </summary>
internal abstract class VoteTarget(string name, BotEndpoint endpoint, TeamsActivities chat, JsonObject voted, JsonObject warmUp) : IAsyncDisposable
{
    public string Name => name;

    public BotEndpoint Endpoint => endpoint;

    public TeamsActivities Chat => chat;

    /// <summary>The card data of the measured item's answer button.</summary>
    public JsonObject Voted => voted;

    /// <summary>The card data the warm-up voters answer with (another item on a product bot).</summary>
    public JsonObject WarmUp => warmUp;

    /// <summary>Whether the bot's answer to a vote tells the voter it was taken.</summary>
    public abstract bool Confirms(EndpointAnswer answer);

    /// <summary>The bursts fired at this target, with what its store holds of them (product bots).</summary>
    public abstract Task<BurstSeries> SummariseAsync(BurstVoters voters, IReadOnlyList<FiredBurst> fired, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>Client connections: enough for the burst, bounded so 10,000 votes do not need 10,000 sockets.</summary>
    protected static int Connections(int size) => Math.Clamp(size, 16, 1000);

    protected static TeamsActivities NewChat(FakeConnectorService connector) => new(connector.ServiceUrl, $"19:bench-{Guid.NewGuid():N}@thread.v2");
}
