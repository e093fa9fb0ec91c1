namespace Collaboration.Forums.Ports;

/// <summary>What an upsert did: a first answer, a changed answer, or the same answer again (a retry).</summary>
public enum ResponseWrite
{
    Inserted,
    Updated,
    Unchanged,

    /// <summary>Nothing written: the item or its forum was no longer open when the write ran (closed in between).</summary>
    NotOpen,

    /// <summary>
    /// Nothing written: the vote was decided on a kept snapshot of the series (<see cref="IForumStore.GetKeptSeriesOfItemAsync"/>)
    /// and the series has changed since, on this instance or another; decide again on the series as stored. So is a vote
    /// decided with a kept participant row or a kept binding (<see cref="ConversationTie"/>) that no longer holds.
    /// </summary>
    Stale,
}
