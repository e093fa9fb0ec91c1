using Collaboration.Bot.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace Collaboration.Bot.Tests.Delivery;

/// <summary>
/// The tenant budget's share kept for replies (issue #17 item 3): a fan-out uses all of it while no turn replies, and
/// leaves the share free as soon as one does, so the turn's next calls need not queue behind thousands of sends.
/// </summary>
public sealed class InteractiveReserveTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public void Background_calls_use_the_whole_window_while_no_reply_is_about()
    {
        using var limiter = Limiter();

        Assert.Equal(10, GrantedAtOnce(limiter, CallPriority.Background, 12));
    }

    [Fact]
    public void After_a_reply_background_calls_leave_the_reserved_share_free_for_the_turns_next_calls()
    {
        using var limiter = Limiter();
        Assert.Equal(1, GrantedAtOnce(limiter, CallPriority.Interactive, 1));

        // 10 per second, 20 % kept: the fan-out gets 8 (the reply took one of them), the turn the last two.
        Assert.Equal(7, GrantedAtOnce(limiter, CallPriority.Background, 10));
        Assert.Equal(2, GrantedAtOnce(limiter, CallPriority.Interactive, 5));
    }

    [Fact]
    public void The_reserve_lapses_when_no_reply_came_for_the_hold_time()
    {
        using var limiter = Limiter();
        Assert.Equal(1, GrantedAtOnce(limiter, CallPriority.Interactive, 1));

        _clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(10, GrantedAtOnce(limiter, CallPriority.Background, 12));
    }

    [Fact]
    public async Task A_waiting_reply_takes_the_next_free_grant_before_a_background_call_that_waited_longer()
    {
        using var limiter = Limiter();
        // A full window, one grant every 0.1 s: from now on one grant leaves it every 0.1 s.
        for (var i = 0; i < 10; i++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(i == 0 ? 0 : 100));
            Assert.Equal(1, GrantedAtOnce(limiter, CallPriority.Background, 1));
        }

        var background = limiter.AcquireAsync(CallPriority.Background, CancellationToken.None).AsTask();
        var reply = limiter.AcquireAsync(CallPriority.Interactive, CancellationToken.None).AsTask();

        // One grant (the oldest) leaves the window: the reply gets it, the fan-out's call keeps waiting.
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await reply.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(background.IsCompleted);
    }

    private SlidingLogLimiter Limiter() =>
        new([(10, TimeSpan.FromSeconds(1))], _clock, reservedShare: 0.2, reserveHold: TimeSpan.FromSeconds(2));

    /// <summary>How many of <paramref name="attempts"/> calls were granted without waiting.</summary>
    private static int GrantedAtOnce(SlidingLogLimiter limiter, CallPriority priority, int attempts)
    {
        var granted = 0;
        using var stop = new CancellationTokenSource();
        for (var i = 0; i < attempts; i++)
        {
            var acquire = limiter.AcquireAsync(priority, stop.Token);
            if (acquire.IsCompletedSuccessfully)
            {
                granted++;
            }
            else
            {
                stop.Cancel();
                break;
            }
        }

        return granted;
    }
}
