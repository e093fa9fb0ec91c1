using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace Collaboration.Bot.Teams;

/// <summary>
/// The connector factory the adapter gets for a turn (or a proactive send): hands out the kept client for the identity's
/// app id, the service URL and the audience, instead of a new client per activity (<see cref="KeptConnectorClients"/>).
/// </summary>
internal sealed class KeptConnectorFactory(ConnectorFactory sdk, string appId, string defaultAudience, KeptConnectorClients clients) : ConnectorFactory
{
    /// <summary>The SDK's factory for <paramref name="identity"/>, its clients kept.</summary>
    public static KeptConnectorFactory For(ConnectorFactory sdk, ClaimsIdentity identity, string defaultAudience, KeptConnectorClients clients) =>
        new(sdk, AppIdOf(identity), defaultAudience, clients);

    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        clients.GetAsync(sdk, appId, serviceUrl, audience ?? defaultAudience, cancellationToken);

    // The app id the SDK makes the credentials for: the token's audience (this bot), else its appid claim.
    private static string AppIdOf(ClaimsIdentity identity) =>
        identity.Claims.FirstOrDefault(claim => claim.Type == AuthenticationConstants.AudienceClaim)?.Value
        ?? identity.Claims.FirstOrDefault(claim => claim.Type == AuthenticationConstants.AppIdClaim)?.Value
        ?? string.Empty;
}
