namespace Collaboration.Forums.Access;

/// <summary>One row of <see cref="ActionPolicies"/>: who may do the action, which series it may touch, and its limit.</summary>
/// <param name="Limit">For an expensive action, the per-user limit it counts against (see <see cref="ActionLimiter"/>).</param>
/// <param name="KeptSeries">
/// The gate may hand the action this instance's kept snapshot of the item's series without a read, because the
/// action's write checks the series revision in its own transaction (a vote: the hot path, see <see cref="IForumStore.GetKeptSeriesOfItemAsync"/>).
/// </param>
public sealed record ActionPolicy(ActionKind Kind, Audience Audience, SeriesReach Reach, ActionLimit? Limit = null, bool KeptSeries = false);
