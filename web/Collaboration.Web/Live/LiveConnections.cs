using System.Collections.Concurrent;

namespace Collaboration.Web.Live;

/// <summary>Counts each user's open streams on this instance, against <see cref="LiveOptions.LiveConnectionsPerUser"/>.</summary>
internal sealed class LiveConnections(IOptions<LiveOptions> options)
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <returns>A lease to dispose when the stream ends, or null when the user already holds as many as allowed.</returns>
    public IDisposable? TryOpen(string userId)
    {
        var limit = options.Value.LiveConnectionsPerUser;
        while (true)
        {
            var count = _open.GetValueOrDefault(userId);
            if (count >= limit)
            {
                return null;
            }

            if (count == 0 ? _open.TryAdd(userId, 1) : _open.TryUpdate(userId, count + 1, count))
            {
                return new Lease(this, userId);
            }
        }
    }

    private void Close(string userId)
    {
        while (true)
        {
            var count = _open[userId];
            // The last stream removes the entry, so the map holds only users who are watching.
            if (count == 1 ? _open.TryRemove(new KeyValuePair<string, int>(userId, 1)) : _open.TryUpdate(userId, count - 1, count))
            {
                return;
            }
        }
    }

    private sealed class Lease(LiveConnections connections, string userId) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                connections.Close(userId);
            }
        }
    }
}
