using Collaboration.Web.Teams;

namespace Collaboration.Web.Api;

/// <summary>A request that passed the gate: who (Teams' member), where (the series the conversation allows), in which language.</summary>
internal sealed record GatedRequest(ConversationMember Member, Grant Grant, WebText Text)
{
    public UserRef User => Member.User;

    public ForumSeries Series => Grant.RequiredSeries;

    /// <returns>The passed request, or the refusal to answer with.</returns>
    public static async Task<(GatedRequest? Passed, IResult? Refusal)> PassAsync(
        IRequestGate gate, HttpContext context, ActionKind kind, ClaimedIds claims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        var grant = await gate.PassAsync(context, kind, claims, cancellationToken);
        return grant is { Passed: true, Member: { } member, Grant: { } granted }
            ? (new GatedRequest(member, granted, RequestLanguage.TextOf(context.Request)), null)
            : (null, grant.Refusal);
    }
}
