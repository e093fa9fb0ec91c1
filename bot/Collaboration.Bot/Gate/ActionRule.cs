using Collaboration.Bot.Interaction;

namespace Collaboration.Bot.Gate;

/// <summary>One row of <see cref="ActionTable"/>: who may do the action, which series it may touch, and what it runs.</summary>
/// <param name="Limit">For an expensive action, the per-user limit it counts against (see <see cref="ActionLimiter"/>).</param>
internal sealed record ActionRule(ActionKind Kind, Audience Audience, SeriesReach Reach, Func<ActionContext, CancellationToken, Task<ActionReply>> Run, ActionLimit? Limit = null);
