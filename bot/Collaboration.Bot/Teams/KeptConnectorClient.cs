using Microsoft.Bot.Connector;
using Microsoft.Rest;

namespace Collaboration.Bot.Teams;

/// <summary>
/// A connector client that outlives the turn it was made for. The SDK's adapter disposes the turn's client when the
/// turn ends; for this one that does nothing, and <see cref="KeptConnectorClients"/> disposes it (and its HttpClient)
/// when the host stops. It stays a <see cref="ConnectorClient"/>: <c>TeamsInfo</c> builds its Teams client from the
/// turn's client's base URI, credentials and HttpClient.
/// </summary>
internal sealed class KeptConnectorClient(Uri serviceUrl, ServiceClientCredentials credentials, HttpClient httpClient)
    : ConnectorClient(serviceUrl, credentials, httpClient, disposeHttpClient: true)
{
    private volatile bool _released;

    /// <summary>Disposes it for real, its HttpClient with it.</summary>
    public void Release()
    {
        _released = true;
        Dispose();
    }

    // Called by the adapter at the end of every turn (and by anyone else who borrowed it): it is not theirs to end.
    protected override void Dispose(bool disposing)
    {
        if (_released)
        {
            base.Dispose(disposing);
        }
    }
}
