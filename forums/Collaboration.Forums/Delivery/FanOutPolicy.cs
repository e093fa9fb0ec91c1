namespace Collaboration.Forums.Delivery;

/// <summary>
/// When an item may be sent privately again: a send reads a whole chat's roster and writes to every member, so at
/// most one runs per item and chat, a repeat or a reminder waits <see cref="MinimumRepeatInterval"/> after the last
/// one and needs the moderator's confirmation.
/// </summary>
public sealed record FanOutPolicy(TimeSpan MinimumRepeatInterval)
{
    /// <param name="latest">The item's newest fan-out from the same chat, of either kind, or null.</param>
    /// <returns>Null when the fan-out may start now, else why not.</returns>
    public Rejection? Check(FanOut? latest, FanOutKind kind, string itemKey, bool confirmed, DateTimeOffset now)
    {
        if (latest is not null)
        {
            if (latest.CompletedAt is null)
            {
                return new Rejection(RejectionCode.FanOutRunning, itemKey);
            }

            var wait = latest.CreatedAt + MinimumRepeatInterval - now;
            if (wait > TimeSpan.Zero)
            {
                return new Rejection(RejectionCode.FanOutTooSoon, itemKey, (int)Math.Ceiling(wait.TotalMinutes));
            }
        }

        return (latest is not null || kind == FanOutKind.Reminder) && !confirmed
            ? new Rejection(RejectionCode.FanOutNeedsConfirmation, itemKey)
            : null;
    }
}
