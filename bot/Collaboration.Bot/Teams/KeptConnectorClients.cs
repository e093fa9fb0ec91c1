using System.Collections.Concurrent;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace Collaboration.Bot.Teams;

/// <summary>
/// One connector client per (the bot's app id, service URL, OAuth audience), kept for the host's lifetime. The SDK's
/// adapter asks for a new client on every activity, and the REST client's constructor works out its user-agent string
/// by reflection and regular expressions (about a tenth of a warm vote's CPU in a profile of a vote burst). The first
/// turn for a key gets the SDK's own client, whose credentials (the same the SDK would make for every later turn: they
/// depend on nothing else than the key) the kept client takes over; its HttpClient comes from the default client as
/// the SDK's does, so every call still passes <see cref="ConnectorCallHandler"/>, the one limiter.
/// </summary>
/// <remarks>
/// A service URL reaches this only after the request was authenticated (the channel's token names it) or from a
/// conversation the bot stored; still, a flood of them (an unauthenticated Development run, a channel gone wrong) must
/// not grow memory without bound: beyond <see cref="Limit"/> keys a turn gets the SDK's per-turn client as before,
/// slower but the same. Nothing is evicted, because a turn in flight may be using any kept client.
/// </remarks>
internal sealed partial class KeptConnectorClients(IHttpClientFactory httpClients, ILogger<KeptConnectorClients> logger) : IDisposable
{
    /// <summary>Teams has one service URL per region (and tenant); a deployment sees a handful.</summary>
    public const int Limit = 64;

    private readonly ConcurrentDictionary<Key, KeptConnectorClient> _kept = new();
    private readonly Lock _adding = new();
    private bool _disposed;
    private bool _fullLogged;

    /// <summary>How many clients are kept now.</summary>
    public int Count => _kept.Count;

    /// <summary>The kept clients' HttpClients (what a kept client holds on to beyond its turn).</summary>
    public IReadOnlyList<HttpClient> HttpClients => [.. _kept.Values.Select(client => client.HttpClient)];

    /// <summary>The kept client for the key, made from the SDK's <paramref name="sdk"/> factory on the key's first turn.</summary>
    public async Task<IConnectorClient> GetAsync(ConnectorFactory sdk, string appId, string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sdk);
        var key = new Key(appId, serviceUrl, audience);
        if (_kept.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var made = await sdk.CreateAsync(serviceUrl, audience, cancellationToken);
        if (made is not ConnectorClient sdkClient)
        {
            return made;
        }

        lock (_adding)
        {
            if (_kept.TryGetValue(key, out var first))
            {
                // Another turn of the same key was first.
                made.Dispose();
                return first;
            }

            if (_disposed || _kept.Count >= Limit)
            {
                LogFullOnce();
                return made;
            }

            var httpClient = httpClients.CreateClient();
            ConnectorClient.AddDefaultRequestHeaders(httpClient);
            kept = new KeptConnectorClient(sdkClient.BaseUri, sdkClient.Credentials, httpClient);
            _kept[key] = kept;
        }

        // Only its credentials live on; the SDK's client and its HttpClient go as they would at the turn's end.
        made.Dispose();
        return kept;
    }

    /// <summary>At the host's shutdown, after the server and the workers have stopped.</summary>
    public void Dispose()
    {
        lock (_adding)
        {
            _disposed = true;
            foreach (var client in _kept.Values)
            {
                client.Release();
            }

            _kept.Clear();
        }
    }

    private void LogFullOnce()
    {
        if (!_disposed && !_fullLogged)
        {
            _fullLogged = true;
            Log.Full(logger, Limit);
        }
    }

    private readonly record struct Key(string AppId, string ServiceUrl, string Audience);

    private static partial class Log
    {
        [LoggerMessage(EventId = 4120, Level = LogLevel.Warning,
            Message = "{Limit} connector clients are kept (one per app id, service URL and audience); further service URLs get a client per turn.")]
        public static partial void Full(ILogger logger, int limit);
    }
}
