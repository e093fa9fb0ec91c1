using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Collaboration.Forums.Series;

namespace Collaboration.Forums.Store;

/// <summary>
/// This instance's last read of each series, with the revision it was read at. Every vote needs its item's series
/// (status, spec, anonymity, groups); reading and mapping the whole series with its forums and items was the largest
/// part of a vote's store time. A snapshot is handed out only after a one-column read showed the stored revision is
/// still the same, so a moderator's change on any instance is seen by the next action on every instance, exactly
/// as when each action read the series afresh. Snapshots are shared between requests and must not be changed: the
/// use cases that change a series read their own copy (<see cref="IForumStore.GetSeriesForChangeAsync"/>).
/// </summary>
internal sealed class SeriesSnapshots
{
    private readonly ConcurrentDictionary<Guid, Snapshot> _series = new();

    // Items never move between series, so this needs no revision; an item of a series that is gone finds no series.
    private readonly ConcurrentDictionary<Guid, Guid> _seriesOfItem = new();

    // The revision each snapshot handed out was read at, so a vote decided on one can have it checked where it is written.
    private readonly ConditionalWeakTable<ForumSeries, Snapshot> _revisions = [];

    public ForumSeries? Find(Guid seriesId, long storedRevision) =>
        _series.TryGetValue(seriesId, out var snapshot) && snapshot.Revision == storedRevision ? snapshot.Series : null;

    /// <summary>The last snapshot kept of the series, unchecked: only for a write that checks <see cref="RevisionOf"/> itself.</summary>
    public ForumSeries? Kept(Guid seriesId) => _series.TryGetValue(seriesId, out var snapshot) ? snapshot.Series : null;

    /// <summary>The revision <paramref name="series"/> was read at, if it is a snapshot this instance handed out; null for a caller's own copy.</summary>
    public long? RevisionOf(ForumSeries series) => _revisions.TryGetValue(series, out var snapshot) ? snapshot.Revision : null;

    public Guid? SeriesOfItem(Guid itemId) => _seriesOfItem.TryGetValue(itemId, out var seriesId) ? seriesId : null;

    /// <summary>Keeps <paramref name="series"/>, read at <paramref name="revision"/>, unless a newer read is kept already.</summary>
    public void Keep(ForumSeries series, long revision)
    {
        ArgumentNullException.ThrowIfNull(series);
        var kept = new Snapshot(revision, series);
        _revisions.AddOrUpdate(series, kept);
        _series.AddOrUpdate(series.Id, kept, (_, old) => old.Revision > revision ? old : kept);
        foreach (var forum in series.Forums)
        {
            foreach (var item in forum.Items)
            {
                _seriesOfItem.TryAdd(item.Id, series.Id);
            }
        }
    }

    public void Forget(Guid seriesId) => _series.TryRemove(seriesId, out _);

    private sealed record Snapshot(long Revision, ForumSeries Series);
}
