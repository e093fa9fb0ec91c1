namespace Collaboration.Web.Pages;

/// <summary>
/// The pages' Content-Security-Policy: scripts, styles, images and API calls from this host only (teams-js is served
/// from here too), and framing only by Teams and the Microsoft 365 hosts that show Teams apps (Outlook, the Microsoft
/// 365 app); in Development also by a page on localhost, for a local test harness. The one other address is the
/// list of valid host origins that teams-js fetches from Microsoft's CDN at start (it falls back to a built-in list when
/// the fetch fails, which would refuse hosts added since the package was built).
/// </summary>
internal static class ContentSecurityPolicy
{
    private static readonly string[] TeamsHosts =
    [
        "teams.microsoft.com", "*.teams.microsoft.com", "*.office.com", "*.cloud.microsoft", "*.microsoft365.com",
    ];

    private const string TeamsJsOrigins = "https://res.cdn.office.net";

    public static string For(bool development)
    {
        var ancestors = string.Join(' ', development ? [.. TeamsHosts, "http://localhost:*", "https://localhost:*"] : TeamsHosts);
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self' " + TeamsJsOrigins,
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self' " + ancestors);
    }
}
