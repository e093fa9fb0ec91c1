using Microsoft.Extensions.Time.Testing;

namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>
/// Moves a host's fake clock on in steps until something the host does in answer has happened. A worker that had not
/// yet set its timer when the clock moved is caught by the next step; the real-time limit only ends a test that
/// would otherwise hang, it asserts nothing about speed.
/// </summary>
public static class ClockSteps
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static async Task AdvanceUntilAsync(FakeTimeProvider clock, TimeSpan step, Func<bool> done, string what)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(done);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            if (waited.Elapsed > Limit)
            {
                throw new TimeoutException($"Still waiting for {what}.");
            }

            clock.Advance(step);
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }
}
