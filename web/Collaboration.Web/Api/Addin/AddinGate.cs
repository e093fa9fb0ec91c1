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
            return (null, SignInRequired(context));
        }

        var granted = await access.CheckAsync(kind, Actor.WithoutConversation(user), claims, cancellationToken);
        if (!granted.Succeeded)
        {
            SignInLog.Refused(logger, kind, granted.Rejection.Code);
            return (null, ApiError.For(granted.Rejection, text));
        }

        return (new AddinRequest(user, granted.Value, text), null);
    }

    /// <summary>
    /// The refusal for a request without a valid sign-in, or null when it has one: for a request that may name no
    /// series at all (a check of nothing placed), which must still not answer anyone who is not signed in.
    /// </summary>
    public static IResult? SignInRequired(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WebClaims.UserOf(context.User) is null
            ? ApiError.Web(StatusCodes.Status401Unauthorized, "AddinSignInRequired", RequestLanguage.TextOf(context.Request))
            : null;
    }
}

/// <summary>An add-in request that passed the gate: who, what the gate granted (the named series, if any), in which language.</summary>
internal sealed record AddinRequest(UserRef User, Grant Grant, WebText Text);
