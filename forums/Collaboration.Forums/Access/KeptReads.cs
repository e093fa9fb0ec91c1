namespace Collaboration.Forums.Access;

/// <summary>
/// What the gate may take from this instance's kept copies instead of reading it, for an action whose policy allows
/// it (<see cref="ActionPolicy.KeptSeries"/>, a vote): only a write that checks the copies in its own transaction may use them.
/// </summary>
public enum KeptReads
{
    /// <summary>Everything read now: the second decision of a vote whose write found a kept copy stale.</summary>
    None,

    /// <summary>The claimed item's series snapshot (the vote's write checks its revision).</summary>
    Series,

    /// <summary>
    /// Also the conversation's binding (or a personal chat's private send): the caller carries <see cref="Grant.Tie"/>
    /// into its write, which checks it, and passes the action through the gate again with <see cref="None"/> when it
    /// comes back stale.
    /// </summary>
    SeriesAndBinding,
}
