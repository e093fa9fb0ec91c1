namespace Collaboration.Forums.Ports;

/// <summary>
/// Which instance updates an item's posted cards next. Several instances on one database each learn of the votes they
/// took; without a claim each would update the same cards, and a burst of votes would cost Teams one update per
/// instance per interval instead of one.
/// </summary>
public interface ICardUpdateClaims
{
    /// <summary>
    /// Claims the update of the item's posted cards for <paramref name="owner"/>, unless an instance claimed it less than
    /// <paramref name="interval"/> ago or after <paramref name="changedSince"/> (that update read every change this caller
    /// wants shown; a claim at the very same time is not trusted to have). The caller's own claim counts only by its
    /// interval: its update may have failed, and the caller retries it.. Of concurrent claims at most one is granted.
    /// </summary>
    Task<CardUpdateClaim> TryClaimAsync(Guid itemId, string owner, DateTimeOffset changedSince, TimeSpan interval, CancellationToken cancellationToken);
}

/// <param name="Granted">Whether this call won the claim (and so reads the results and updates the cards now).</param>
/// <param name="ClaimedAt">When the current claim was made: an update that started then reads every vote stored before it.</param>
/// <param name="NextAt">The earliest time of the next claim.</param>
/// <param name="Mine">Whether the current claim is the caller's (granted now or before).</param>
public sealed record CardUpdateClaim(bool Granted, DateTimeOffset ClaimedAt, DateTimeOffset NextAt, bool Mine);
