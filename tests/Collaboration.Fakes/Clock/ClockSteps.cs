using Microsoft.Extensions.Time.Testing;

namespace Collaboration.Fakes.Clock;

/// <summary>
/// Moves a host's fake clock on in steps until something the host does in answer has happened. A worker that had not
/// yet set its timer when the clock moved is caught by the next step; the real-time limit only ends a test that
/// would otherwise hang, it asserts nothing about speed.
/// </summary>
public static class ClockSteps
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static Task AdvanceUntilAsync(FakeTimeProvider clock, TimeSpan step, Func<bool> done, string what)
    {
        ArgumentNullException.ThrowIfNull(done);
        return AdvanceUntilAsync(clock, step, _ => Task.FromResult(done()), what, TimeSpan.FromMilliseconds(20));
    }

    /// <param name="done">Asked before every step; may read a store (the token ends with the real-time limit).</param>
    /// <param name="pause">Real time between steps: long enough for the host's answer to a step (a database write) to
    /// land before the next step, so the clock does not run far ahead of a host that is merely slow.</param>
    public static async Task AdvanceUntilAsync(
        FakeTimeProvider clock, TimeSpan step, Func<CancellationToken, Task<bool>> done, string what, TimeSpan pause)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(done);
        using var limit = new CancellationTokenSource(Limit);
        var waited = Stopwatch.StartNew();
        while (!await done(limit.Token))
        {
            if (waited.Elapsed > Limit)
            {
                throw new TimeoutException($"Still waiting for {what}.");
            }

            clock.Advance(step);
            await Task.Delay(pause, CancellationToken.None);
        }
    }
}
