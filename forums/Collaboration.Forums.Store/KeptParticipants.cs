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
internal sealed class KeptParticipants
{
    // Far above one series' voters; a full table is emptied rather than trimmed, since any entry can be read again.
    private const int MaxKept = 200_000;

    private readonly ConcurrentDictionary<(Guid SeriesId, string UserId), Participant> _kept = new();

    public Participant? Find(Guid seriesId, string userId) => _kept.TryGetValue((seriesId, userId), out var participant) ? participant : null;

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

        _kept[(seriesId, userId)] = participant;
    }

    public void Forget(Guid seriesId, string userId) => _kept.TryRemove((seriesId, userId), out _);
}
