using System.Collections.Concurrent;

namespace Collaboration.Forums.Store.Kept;

/// <summary>
/// Copies of rows this instance read, for the vote path to use without reading them again. Each is used for at most
/// <see cref="MaxAge"/> after it was kept, so whatever another instance changed or erased is not used here for longer
/// than that; the vote's batch checks every copy a vote used in its own transaction anyway. A full table is emptied
/// rather than trimmed, since any copy can be read again.
/// </summary>
internal sealed class KeptCopies<TKey, TValue>(TimeProvider time, int maxKept)
    where TKey : notnull
{
    /// <summary>Long enough to carry a forum session's votes, short enough to bound what an erasure elsewhere leaves here.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset KeptAt)> _kept = new();

    public bool TryFind(TKey key, out TValue value)
    {
        if (_kept.TryGetValue(key, out var entry))
        {
            if (time.GetUtcNow() - entry.KeptAt <= MaxAge)
            {
                value = entry.Value;
                return true;
            }

            _kept.TryRemove(KeyValuePair.Create(key, entry));
        }

        value = default!;
        return false;
    }

    public void Keep(TKey key, TValue value)
    {
        if (_kept.Count >= maxKept)
        {
            _kept.Clear();
        }

        _kept[key] = (value, time.GetUtcNow());
    }

    public void Forget(TKey key) => _kept.TryRemove(key, out _);

    public void ForgetAll() => _kept.Clear();

    // Erasures and expiries are rare next to votes: a scan is cheaper than a second index kept on every vote.
    public void ForgetWhere(Func<TKey, TValue, bool> matches)
    {
        foreach (var (key, entry) in _kept)
        {
            if (matches(key, entry.Value))
            {
                _kept.TryRemove(key, out _);
            }
        }
    }
}
