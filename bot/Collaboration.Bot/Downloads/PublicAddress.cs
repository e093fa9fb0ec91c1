using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Collaboration.Bot.Downloads;

/// <summary>
/// Where users' browsers reach the bot: <see cref="BotOptions.PublicBaseUrl"/>, or else the first address the host
/// listens on (right for the local Playground, wrong behind a proxy: there the setting is required).
/// </summary>
internal sealed class PublicAddress(IOptions<BotOptions> options, IServer server)
{
    public Uri Resolve(string pathAndQuery)
    {
        var configured = options.Value.PublicBaseUrl;
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var baseUrl = configured ?? new Uri(listening?.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            ?? "http://127.0.0.1:3978");
        return new Uri(baseUrl, pathAndQuery);
    }
}
