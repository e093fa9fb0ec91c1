namespace Collaboration.Forums.Access;

/// <summary>One row of <see cref="ActionPolicies"/>: who may do the action, which series it may touch, and its limit.</summary>
/// <param name="Limit">For an expensive action, the per-user limit it counts against (see <see cref="ActionLimiter"/>).</param>
public sealed record ActionPolicy(ActionKind Kind, Audience Audience, SeriesReach Reach, ActionLimit? Limit = null);
