using System.Collections.Concurrent;
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

    public ForumSeries? Find(Guid seriesId, long storedRevision) =>
        _series.TryGetValue(seriesId, out var snapshot) && snapshot.Revision == storedRevision ? snapshot.Series : null;

    public Guid? SeriesOfItem(Guid itemId) => _seriesOfItem.TryGetValue(itemId, out var seriesId) ? seriesId : null;

    /// <summary>Keeps <paramref name="series"/>, read at <paramref name="revision"/>, unless a newer read is kept already.</summary>
    public void Keep(ForumSeries series, long revision)
    {
        ArgumentNullException.ThrowIfNull(series);
        _series.AddOrUpdate(series.Id, new Snapshot(revision, series), (_, old) => old.Revision > revision ? old : new Snapshot(revision, series));
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
