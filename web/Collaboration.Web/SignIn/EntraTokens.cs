using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Web.SignIn;

/// <summary>
/// What makes a Teams SSO token acceptable beyond its signature and lifetime: issued by Entra for an allowed tenant
/// (v2 "https://login.microsoftonline.com/{tid}/v2.0" or v1 "https://sts.windows.net/{tid}/", the tid the token's
/// own), and for this app ("api://{host}/{app id}" as the Teams manifest's SSO resource names it, or the bare app id).
/// </summary>
internal sealed class EntraTokens(string? appId, IReadOnlyCollection<string> tenants)
{
    public bool AudienceMatches(IEnumerable<string> audiences) =>
        !string.IsNullOrWhiteSpace(appId) && audiences.Any(a =>
            string.Equals(a, appId, StringComparison.OrdinalIgnoreCase)
            || (a.StartsWith("api://", StringComparison.OrdinalIgnoreCase) && a.EndsWith("/" + appId, StringComparison.OrdinalIgnoreCase)
                && a.Length > "api://".Length + appId.Length + 1));

    /// <returns>The issuer when it is Entra's for the token's tenant and that tenant is allowed.</returns>
    public string ValidateIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tenant = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>(WebClaims.TenantId, out var tid) ? tid : null;
        if (string.IsNullOrEmpty(tenant) || !tenants.Contains(tenant, StringComparer.OrdinalIgnoreCase))
        {
            throw new SecurityTokenInvalidIssuerException("The token's tenant may not sign in.");
        }

        if (string.Equals(issuer, $"https://login.microsoftonline.com/{tenant}/v2.0", StringComparison.Ordinal)
            || string.Equals(issuer, $"https://sts.windows.net/{tenant}/", StringComparison.Ordinal))
        {
            return issuer;
        }

        throw new SecurityTokenInvalidIssuerException("The token was not issued by Entra for its tenant.");
    }
}
