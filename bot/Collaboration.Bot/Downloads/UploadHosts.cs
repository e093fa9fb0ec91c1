namespace Collaboration.Bot.Downloads;

/// <summary>
/// Which upload addresses the bot sends a file to. The address comes in an invoke, so whoever can post to the bot
/// could name any server and receive the executive deck; only the OneDrive / SharePoint hosts Teams uses are trusted,
/// over https. A loopback host that the configuration names is taken over http too: it never leaves the machine.
/// </summary>
internal sealed class UploadHosts(IOptions<BotOptions> options)
{
    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || !string.IsNullOrEmpty(url.UserInfo))
        {
            return false;
        }

        var listed = options.Value.UploadHostAllowList().Any(pattern => Matches(pattern, url.IdnHost));
        return listed && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));
    }

    private static bool Matches(string pattern, string host) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase);
}
