using System.Collections.Concurrent;

namespace Collaboration.Forums.Application;

/// <summary>
/// Results of an item computed at most once per <paramref name="maxAge"/> for the card a participant gets back after
/// a vote, a need, a support or joining the series. Computing results reads every answer (or need) of the item, so without this a burst
/// of N votes reads N²/2 answers; with it, one full read per interval and item. The participant's own answer on that
/// card is always the stored one; only the totals may be up to <paramref name="maxAge"/> old, as the shared card
/// (updated once per interval) is anyway. Shared cards, results commands, carry-over and reports never read through it.
/// </summary>
public sealed class RecentResults(TimeProvider time, TimeSpan maxAge)
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public Task<ItemResults> GetAsync(Guid itemId, Func<Task<ItemResults>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (maxAge <= TimeSpan.Zero)
        {
            return compute();
        }

        var now = time.GetUtcNow();
        var entry = _entries.AddOrUpdate(
            itemId,
            _ => new Entry(now, new Lazy<Task<ItemResults>>(compute)),
            (_, old) => now - old.At < maxAge && !(old.Results.IsValueCreated && (old.Results.Value.IsFaulted || old.Results.Value.IsCanceled))
                ? old
                : new Entry(now, new Lazy<Task<ItemResults>>(compute)));
        return entry.Results.Value;
    }

    private sealed record Entry(DateTimeOffset At, Lazy<Task<ItemResults>> Results);
}
