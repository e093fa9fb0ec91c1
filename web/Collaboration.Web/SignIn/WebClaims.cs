using System.Security.Claims;

namespace Collaboration.Web.SignIn;

/// <summary>
/// The claims the web app reads from a signed-in principal, named as Entra writes them into its tokens (inbound claim
/// mapping is off), so a Teams token and a Development local sign-in give the same principal.
/// </summary>
internal static class WebClaims
{
    /// <summary>The Entra object id: the same id the bot stores a person's answers under.</summary>
    public const string ObjectId = "oid";

    public const string TenantId = "tid";

    public const string Name = "name";

    /// <summary>The signed-in person, or null when the request carries no valid sign-in.</summary>
    public static UserRef? UserOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirst(ObjectId)?.Value is not { Length: > 0 } id)
        {
            return null;
        }

        return new UserRef(id, principal.FindFirst(Name)?.Value ?? string.Empty);
    }

    public static string? TenantOf(ClaimsPrincipal principal) => principal?.FindFirst(TenantId)?.Value is { Length: > 0 } tid ? tid : null;
}
