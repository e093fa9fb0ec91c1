namespace Collaboration.Fakes.Connector;

/// <summary>
/// The fake's enforcement of <see cref="ConnectorLimits"/>: the arrival times of the requests it let through, per
/// conversation and for the tenant, checked exactly against each window. A refused request is not counted, so a bot
/// that backs off is let in again as soon as the window has room.
/// </summary>
internal sealed class ConnectorRateWindows(ConnectorLimits limits)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<long>> _conversations = new(StringComparer.Ordinal);
    private readonly Queue<long> _tenant = new();

    /// <summary>Null when the request may pass (and is counted); else how long the caller should wait.</summary>
    public TimeSpan? Admit(string? conversationId)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            Queue<long>? conversation = null;
            if (conversationId is not null && !_conversations.TryGetValue(conversationId, out conversation))
            {
                conversation = new Queue<long>();
                _conversations.Add(conversationId, conversation);
            }

            var wait = Wait(_tenant, limits.PerTenant, now);
            if (conversation is not null)
            {
                var threadWait = Wait(conversation, limits.PerConversation, now);
                wait = threadWait > wait ? threadWait : wait;
            }

            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            _tenant.Enqueue(now);
            conversation?.Enqueue(now);
            return null;
        }
    }

    private static TimeSpan Wait(Queue<long> log, IReadOnlyList<(int Count, TimeSpan Window)> windows, long now)
    {
        if (windows.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var longest = windows.Max(w => w.Window);
        while (log.Count > 0 && Stopwatch.GetElapsedTime(log.Peek(), now) >= longest)
        {
            log.Dequeue();
        }

        var wait = TimeSpan.Zero;
        var arrivals = log.ToArray();
        foreach (var (count, window) in windows)
        {
            var inWindow = arrivals.Count(a => Stopwatch.GetElapsedTime(a, now) < window);
            if (inWindow >= count)
            {
                var leaves = window - Stopwatch.GetElapsedTime(arrivals[^count], now);
                wait = leaves > wait ? leaves : wait;
            }
        }

        return wait;
    }
}
