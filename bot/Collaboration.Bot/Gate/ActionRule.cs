using Collaboration.Bot.Interaction;

namespace Collaboration.Bot.Gate;

/// <summary>One row of <see cref="ActionTable"/>: who may do the action, which series it may touch, and what it runs.</summary>
/// <param name="Costly">Limited per user (see <c>ActionLimiter</c>): it builds documents, reads rosters or writes to many.</param>
internal sealed record ActionRule(ActionKind Kind, Audience Audience, SeriesReach Reach, Func<ActionContext, CancellationToken, Task<ActionReply>> Run, bool Costly = false);
