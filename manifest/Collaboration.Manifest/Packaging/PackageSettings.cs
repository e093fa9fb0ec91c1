namespace Collaboration.Manifest.Packaging;

/// <summary>What the packaging command fills into the manifest template's {{PLACEHOLDERS}}.</summary>
/// <param name="BotAppId">The Entra app (client) ID the bot signs in with: bots[0].botId.</param>
/// <param name="TeamsAppId">The manifest's own id; the bot's app id unless the tenant needs them apart.</param>
/// <param name="Host">The bot's public host name (no scheme, no path): validDomains and the default URLs.</param>
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
    public IReadOnlyDictionary<string, string> Placeholders => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BOT_APP_ID"] = BotAppId,
        ["TEAMS_APP_ID"] = TeamsAppId,
        ["BOT_HOST"] = Host,
        ["APP_VERSION"] = AppVersion,
        ["DEVELOPER_NAME"] = DeveloperName,
        ["DEVELOPER_WEBSITE_URL"] = WebsiteUrl,
        ["PRIVACY_URL"] = PrivacyUrl,
        ["TERMS_OF_USE_URL"] = TermsOfUseUrl,
    };
}
