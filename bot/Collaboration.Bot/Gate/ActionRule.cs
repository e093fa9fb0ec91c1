namespace Collaboration.Bot.Gate;

/// <summary>
/// One row of <see cref="ActionTable"/>: what the action runs once <see cref="AccessGate"/> granted it by its
/// <see cref="ActionPolicy"/>.
/// </summary>
internal sealed record ActionRule(ActionKind Kind, Func<ActionContext, CancellationToken, Task<ActionReply>> Run)
{
    public ActionPolicy Policy => ActionPolicies.For(Kind);
}
