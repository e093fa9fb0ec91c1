using System.ComponentModel.DataAnnotations;

namespace Collaboration.Web.SignIn;

/// <summary>
/// Settings of section "Web": Teams single sign-on for the pages' API. The app id and tenant default to the bot's
/// (Bot:MicrosoftAppId, Bot:MicrosoftAppTenantId): the Teams app's SSO resource is the bot's Entra app.
/// </summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>The Entra app id tokens are issued for. Empty (and no bot app id): every token is refused.</summary>
    public string? AppId { get; set; }

    /// <summary>The app's own tenant: the tenant allow-list when <see cref="AllowedTenantIds"/> is empty.</summary>
    public string? TenantId { get; set; }

    /// <summary>Tenants whose users may sign in. Empty: <see cref="TenantId"/>; both empty: nobody.</summary>
    public IList<string> AllowedTenantIds { get; } = [];

    /// <summary>
    /// Entra's OpenID configuration, where the signing keys are listed. The multi-tenant document serves the keys
    /// for v1 and v2 tokens of every tenant; the issuer is then checked per tenant. Tests serve their own on loopback.
    /// </summary>
    [Required]
    public Uri OpenIdConfiguration { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>
    /// Takes the user from the X-Local-User / X-Local-Name headers instead of a token, for pages opened outside Teams.
    /// Honoured only in the Development environment; anywhere else the host refuses to start with it.
    /// </summary>
    public bool AllowLocalSignIn { get; set; }

    /// <summary>
    /// The pages' address as users' browsers reach them (https://forum-bot.example.org), for the answer page's link in
    /// an in-meeting notification. Empty: Bot:PublicBaseUrl, else the address of the request that pushes.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The largest request body the API takes, in bytes: an answer or a need is a few KiB.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    public IReadOnlyCollection<string> TenantAllowList() =>
        AllowedTenantIds.Count > 0 ? [.. AllowedTenantIds]
        : string.IsNullOrWhiteSpace(TenantId) ? []
        : [TenantId];
}
