namespace Collaboration.Manifest.Packaging;

/// <summary>What the packaging command fills into the manifest template's {{PLACEHOLDERS}}.</summary>
/// <param name="BotAppId">The Entra app (client) ID the bot signs in with: bots[0].botId.</param>
/// <param name="TeamsAppId">The manifest's own id; the bot's app id unless the tenant needs them apart.</param>
/// <param name="Host">The bot's public host name (no scheme, no path; see <see cref="PublicHost"/>): validDomains, the
/// tab pages, the single sign-on resource and the default URLs.</param>
internal sealed record PackageSettings(
    string BotAppId,
    string TeamsAppId,
    string Host,
    string AppVersion,
    string DeveloperName,
    string WebsiteUrl,
    string PrivacyUrl,
    string TermsOfUseUrl)
{
    /// <summary>The root of the bot's site, which serves the tab pages (/tab/config, /tab/console, /tab/stage, /tab/answer).</summary>
    public string PublicBaseUrl => $"https://{Host}";

    /// <summary>
    /// The Application ID URI that the tabs ask Teams' single sign-on for: Teams wants api://&lt;fully qualified domain&gt;/&lt;client id&gt;,
    /// on the domain the tab pages come from, and the bot's Entra app registration must expose exactly this URI.
    /// </summary>
    public string SingleSignOnResource => $"api://{Host}/{BotAppId}";

    public IReadOnlyDictionary<string, string> Placeholders => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BOT_APP_ID"] = BotAppId,
        ["TEAMS_APP_ID"] = TeamsAppId,
        ["BOT_HOST"] = Host,
        ["PUBLIC_BASE_URL"] = PublicBaseUrl,
        ["SSO_RESOURCE"] = SingleSignOnResource,
        ["APP_VERSION"] = AppVersion,
        ["DEVELOPER_NAME"] = DeveloperName,
        ["DEVELOPER_WEBSITE_URL"] = WebsiteUrl,
        ["PRIVACY_URL"] = PrivacyUrl,
        ["TERMS_OF_USE_URL"] = TermsOfUseUrl,
    };
}
