using Collaboration.Web.Teams;

namespace Collaboration.Web.SignIn;

/// <summary>
/// The web app's side of the one gate: the signed-in user from the token (never the page), Teams' word that they are a
/// member of the conversation the page names, and the domain's <see cref="AccessGate"/> for the action and the ids
/// the request claims. Every endpoint asks it before it runs a use case.
/// </summary>
public interface IRequestGate
{
    Task<RequestGrant> PassAsync(HttpContext context, ActionKind kind, ClaimedIds claims, CancellationToken cancellationToken);
}

/// <summary>Either the member and what the gate granted, or the refusal to answer with (in the request's language).</summary>
public sealed record RequestGrant(ConversationMember? Member, Grant? Grant, IResult? Refusal)
{
    public bool Passed => Refusal is null;
}
