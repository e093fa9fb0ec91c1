using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Collaboration.Fakes.Clock;

/// <summary>
/// A fake clock that reports every wait set on it (a <c>Task.Delay</c> on this clock, a timer) with its length, so a
/// test can await the moment a component starts waiting, check how long it asked for, and move the clock exactly that
/// far: no stepping, no sleeping, and an exact answer to "how long did it wait".
/// </summary>
public sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _waits.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The length of the next wait set on this clock; the token ends a test that would otherwise hang.</summary>
    public async Task<TimeSpan> NextWaitAsync(CancellationToken cancellationToken) => await _waits.Reader.ReadAsync(cancellationToken);

    /// <summary>Whether a wait was set that no <see cref="NextWaitAsync"/> has taken yet.</summary>
    public bool HasUnseenWait => _waits.Reader.TryPeek(out _);
}
