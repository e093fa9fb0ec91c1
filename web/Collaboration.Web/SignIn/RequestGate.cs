using Collaboration.Web.Teams;

namespace Collaboration.Web.SignIn;

/// <summary>
/// Turns a request into an actor and passes it through the domain's <see cref="AccessGate"/>: the user from the validated
/// sign-in, the conversation the page names (X-Conversation-Id) made true only by Teams' word that the user is a
/// member of it, and the ids the request names checked against that conversation's series. Nothing is stored before.
/// </summary>
internal sealed class RequestGate(ITeamsConversations teams, AccessGate access, ILogger<RequestGate> logger) : IRequestGate
{
    public const string ConversationHeader = "X-Conversation-Id";

    /// <summary>Teams conversation ids are a few hundred characters at most (a channel's thread id with its suffixes).</summary>
    private const int MaxConversationIdLength = 512;

    public async Task<RequestGrant> PassAsync(HttpContext context, ActionKind kind, ClaimedIds claims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(claims);
        var text = RequestLanguage.TextOf(context.Request);
        if (WebClaims.UserOf(context.User) is not { } user)
        {
            return Refused(ApiError.Web(StatusCodes.Status401Unauthorized, "SignInRequired", text));
        }

        var conversationId = context.Request.Headers[ConversationHeader].ToString().Trim();
        if (conversationId.Length == 0 || conversationId.Length > MaxConversationIdLength || conversationId.Any(char.IsControl))
        {
            return Refused(ApiError.Web(StatusCodes.Status400BadRequest, "NoConversation", text));
        }

        var member = await teams.FindMemberAsync(conversationId, user.Id, WebClaims.TenantOf(context.User), cancellationToken);
        if (member is null)
        {
            SignInLog.NotMember(logger, kind);
            return Refused(ApiError.Web(StatusCodes.Status403Forbidden, "NotMember", text));
        }

        var granted = await access.CheckAsync(kind, member.Actor, claims, cancellationToken);
        if (!granted.Succeeded)
        {
            SignInLog.Refused(logger, kind, granted.Rejection.Code);
            return new RequestGrant(member, null, ApiError.For(granted.Rejection, text));
        }

        return new RequestGrant(member, granted.Value, null);
    }

    private static RequestGrant Refused(IResult refusal) => new(null, null, refusal);
}
