using System.Collections.Concurrent;
using Collaboration.Forums.Participants;

namespace Collaboration.Forums.Store;

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
    /// <summary>Long enough to carry a forum session's votes, short enough to bound what an erasure elsewhere leaves here.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(15);

    // Far above one series' voters; a full table is emptied rather than trimmed, since any entry can be read again.
    private const int MaxKept = 200_000;

    private readonly ConcurrentDictionary<(Guid SeriesId, string UserId), (Participant Row, DateTimeOffset KeptAt)> _kept = new();

    public Participant? Find(Guid seriesId, string userId)
    {
        if (!_kept.TryGetValue((seriesId, userId), out var entry))
        {
            return null;
        }

        if (time.GetUtcNow() - entry.KeptAt <= MaxAge)
        {
            return entry.Row;
        }

        _kept.TryRemove(KeyValuePair.Create((seriesId, userId), entry));
        return null;
    }

    /// <summary>Keeps what was just read or written for (<paramref name="seriesId"/>, <paramref name="userId"/>); null forgets it.</summary>
    public void Keep(Guid seriesId, string userId, Participant? participant)
    {
        if (participant is null)
        {
            Forget(seriesId, userId);
            return;
        }

        if (_kept.Count >= MaxKept)
        {
            _kept.Clear();
        }

        _kept[(seriesId, userId)] = (participant, time.GetUtcNow());
    }

    public void Forget(Guid seriesId, string userId) => _kept.TryRemove((seriesId, userId), out _);

    /// <summary>Forgets the person's rows in every series (an erasure on this instance).</summary>
    public void ForgetUser(string userId) => ForgetWhere(key => key.UserId == userId);

    /// <summary>Forgets every row of the series (its personal data expired).</summary>
    public void ForgetSeries(Guid seriesId) => ForgetWhere(key => key.SeriesId == seriesId);

    // Erasures and expiries are rare next to votes: a scan is cheaper than a second index kept on every vote.
    private void ForgetWhere(Func<(Guid SeriesId, string UserId), bool> matches)
    {
        foreach (var key in _kept.Keys.Where(matches))
        {
            _kept.TryRemove(key, out _);
        }
    }
}
