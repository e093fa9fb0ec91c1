namespace Collaboration.Web.Pages;

/// <summary>
/// The pages' Content-Security-Policy: scripts, styles, images and API calls from this host only (teams-js is served
/// from here too), and framing only by Teams and the Microsoft 365 hosts that show Teams apps (Outlook, the Microsoft
/// 365 app); in Development also by a page on localhost, for a local test harness. The one other address is the
/// list of valid host origins that teams-js fetches from Microsoft's CDN at start (it falls back to a built-in list when
/// the fetch fails, which would refuse hosts added since the package was built). The Office add-in's pages have their
/// own frame ancestors (Office on the web) and may reach Entra's token endpoint.
/// </summary>
internal static class ContentSecurityPolicy
{
    private static readonly string[] TeamsHosts =
    [
        "teams.microsoft.com", "*.teams.microsoft.com", "*.office.com", "*.cloud.microsoft", "*.microsoft365.com",
    ];

    // Office on the web shows an add-in's task pane in a frame of these; desktop Office shows it in its own web view.
    private static readonly string[] OfficeHosts =
    [
        "*.officeapps.live.com", "*.office.com", "*.sharepoint.com", "*.cloud.microsoft", "*.microsoft365.com", "*.office365.com",
    ];

    private const string TeamsJsOrigins = "https://res.cdn.office.net";

    // The add-in's sign-in dialog redeems its authorization code at Entra's token endpoint from the page (PKCE, no secret).
    private const string EntraOrigin = "https://login.microsoftonline.com";

    public static string For(bool development) => Policy(development, TeamsHosts, "'self' " + TeamsJsOrigins);

    /// <summary>The Office add-in's pages (/addin/…): framed by Office on the web, and Entra for the dialog's sign-in.</summary>
    public static string ForAddin(bool development) => Policy(development, OfficeHosts, "'self' " + EntraOrigin);

    private static string Policy(bool development, string[] hosts, string connect)
    {
        var ancestors = string.Join(' ', development ? [.. hosts, "http://localhost:*", "https://localhost:*"] : hosts);
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src " + connect,
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self' " + ancestors);
    }
}
