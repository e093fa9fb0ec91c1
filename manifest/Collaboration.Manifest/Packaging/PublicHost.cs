namespace Collaboration.Manifest.Packaging;

/// <summary>
/// The bot's public host, from which the package builds every address Teams needs: the tab pages
/// (https://&lt;host&gt;/tab/...), the single sign-on resource (api://&lt;host&gt;/&lt;app id&gt;), validDomains and the
/// messaging endpoint. Given as a bare host name or as an https URL of the site's root.
/// </summary>
internal static class PublicHost
{
    private const string Example = "forum-bot.example.org or https://forum-bot.example.org";

    /// <summary>Returns the bare host name, or refuses with the reason when it cannot serve Teams.</summary>
    public static string Parse(string? given)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            throw Refused(
                "the bot's public host is missing",
                $"give it with --host or BOT_HOST, e.g. {Example}: the tab pages, the single sign-on resource and validDomains are built from it");
        }

        var text = given.Trim();
        if (text.Contains("://", StringComparison.Ordinal))
        {
            text = HostOfUrl(given, text);
        }

        if (Uri.CheckHostName(text) != UriHostNameType.Dns || text.Contains('/', StringComparison.Ordinal))
        {
            throw Refused(
                "the bot's public host is not a host name",
                $"\"{given}\" is not a plain DNS host name (give e.g. {Example}); Teams' valid domains and Entra's api:// resource need a DNS name");
        }

        return text;
    }

    private static string HostOfUrl(string given, string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            throw Refused("the bot's public host is not a host name", $"\"{given}\" is neither a host name nor a URL (give e.g. {Example})");
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            // Teams loads tab pages only over https and hands out single sign-on tokens only for https pages.
            throw Refused(
                "the bot's public host is not served over https",
                $"\"{given}\" uses {url.Scheme}; Teams loads tabs, the meeting stage and single sign-on only over https: serve the bot behind TLS and give https://{url.Host}");
        }

        if (url.AbsolutePath != "/" || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0 || !url.IsDefaultPort)
        {
            // The bot serves /api/messages and /tab/... at the root of its host on 443, and the api:// resource and
            // validDomains name the bare host: a path, a port or credentials would point Teams somewhere else.
            throw Refused(
                "the bot's public host is not a host name",
                $"\"{given}\" has more than the host; give only the site's root on the default https port, e.g. https://{url.Host}");
        }

        return url.Host;
    }

    private static PackagingRefusedException Refused(string reason, string problem) => new(reason, [problem]);
}
