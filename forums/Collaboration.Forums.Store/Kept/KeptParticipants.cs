using Collaboration.Forums.Participants;

namespace Collaboration.Forums.Store.Kept;

/// <summary>
/// This instance's last read of each voter's participant row. A vote needed the row (its id makes the respondent key,
/// its group is stored beside the answer) and read it every time; now a vote may use the copy kept here, and its batch
/// checks in the write's transaction that a row with that id and group is still stored (<see cref="Votes.VoteBatches"/>).
/// A row another instance changed, erased or replaced since makes the vote stale: nothing written, decided again on a
/// fresh read. Only rows that exist are kept, so someone who onboards on another instance is found by the next read.
/// </summary>
/// <remarks>
/// The rows hold names and organisations, so they are personal data in memory: an erasure or a series' expiry on this
/// instance forgets them at once, and a copy is used for at most <see cref="MaxAge"/>, so an erasure on another
/// instance leaves nothing here for longer than that.
/// </remarks>
internal sealed class KeptParticipants(TimeProvider time)
{
    /// <summary>How long a kept row is used (<see cref="KeptCopies{TKey, TValue}.MaxAge"/>).</summary>
    public static readonly TimeSpan MaxAge = KeptCopies<(Guid, string), Participant>.MaxAge;

    // Far above one series' voters.
    private const int MaxKept = 200_000;

    private readonly KeptCopies<(Guid SeriesId, string UserId), Participant> _kept = new(time, MaxKept);

    public Participant? Find(Guid seriesId, string userId) => _kept.TryFind((seriesId, userId), out var row) ? row : null;

    /// <summary>Keeps what was just read or written for (<paramref name="seriesId"/>, <paramref name="userId"/>); null forgets it.</summary>
    public void Keep(Guid seriesId, string userId, Participant? participant)
    {
        if (participant is null)
        {
            Forget(seriesId, userId);
            return;
        }

        _kept.Keep((seriesId, userId), participant);
    }

    public void Forget(Guid seriesId, string userId) => _kept.Forget((seriesId, userId));

    /// <summary>Forgets the person's rows in every series (an erasure on this instance).</summary>
    public void ForgetUser(string userId) => _kept.ForgetWhere((key, _) => key.UserId == userId);

    /// <summary>Forgets every row of the series (its personal data expired).</summary>
    public void ForgetSeries(Guid seriesId) => _kept.ForgetWhere((key, _) => key.SeriesId == seriesId);
}
