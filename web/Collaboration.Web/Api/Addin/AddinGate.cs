using Collaboration.Forums.Access;
using Collaboration.Forums.Application;
using Collaboration.Web.Localization;
using Collaboration.Web.SignIn;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Collaboration.Web.Api.Addin;

/// <summary>
/// The add-in's side of the one gate. Office is no Teams conversation, so there is no membership to ask: the user
/// comes from the validated sign-in (the same Entra app as the tabs), the series from the request, and the domain's
/// <see cref="AccessGate"/> decides by its named-series reach. This class only translates.
/// </summary>
internal sealed class AddinGate(AccessGate access, ILogger<AddinGate> logger)
{
    /// <returns>The passed request, or the refusal to answer with in the request's language.</returns>
    public async Task<(AddinRequest? Passed, IResult? Refusal)> PassAsync(HttpContext context, ActionKind kind, ClaimedIds claims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = RequestLanguage.TextOf(context.Request);
        if (WebClaims.UserOf(context.User) is not { } user)
        {
            return (null, ApiError.Web(StatusCodes.Status401Unauthorized, "AddinSignInRequired", text));
        }

        var granted = await access.CheckAsync(kind, Actor.WithoutConversation(user), claims, cancellationToken);
        if (!granted.Succeeded)
        {
            SignInLog.Refused(logger, kind, granted.Rejection.Code);
            return (null, ApiError.For(granted.Rejection, text));
        }

        return (new AddinRequest(user, granted.Value, text), null);
    }
}

/// <summary>An add-in request that passed the gate: who, what the gate granted (the named series, if any), in which language.</summary>
internal sealed record AddinRequest(UserRef User, Grant Grant, WebText Text);
