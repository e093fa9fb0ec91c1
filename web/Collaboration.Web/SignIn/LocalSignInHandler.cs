using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;

namespace Collaboration.Web.SignIn;

/// <summary>
/// Development only (see <see cref="WebOptions.AllowLocalSignIn"/>): the user the X-Local-User and X-Local-Name headers
/// name, for the pages opened in a browser outside Teams. Registered only when allowed, so elsewhere the headers mean nothing.
/// </summary>
internal sealed class LocalSignInHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string UserHeader = "X-Local-User";
    public const string NameHeader = "X-Local-Name";
    private const int MaxLength = 128;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = Request.Headers[UserHeader].ToString().Trim();
        if (user.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var name = Request.Headers[NameHeader].ToString().Trim();
        if (user.Length > MaxLength || name.Length > MaxLength || user.Any(char.IsControl) || name.Any(char.IsControl))
        {
            return Task.FromResult(AuthenticateResult.Fail("The local sign-in headers are too long or hold control characters."));
        }

        var identity = new ClaimsIdentity([new Claim(WebClaims.ObjectId, user), new Claim(WebClaims.Name, name.Length > 0 ? name : user)], Scheme.Name,
            WebClaims.Name, null);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
