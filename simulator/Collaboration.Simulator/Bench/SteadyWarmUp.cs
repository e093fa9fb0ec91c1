namespace Collaboration.Simulator.Bench;

/// <summary>
/// Warms a bot until its time per round of warm-up votes stops falling, so the burst that follows measures a bot
/// that has been running for a while (as a real one has: it runs for days) and not the JIT's first seconds.
/// A freshly started .NET process runs unoptimised tier-0 code and moves hot methods to optimised tier-1 code
/// (with dynamic PGO) in the background, and only after a short pause without new tier-0 compilations; a fixed
/// handful of warm-up votes ended inside that phase and favoured whichever bot had less code to tier up.
/// Both bots get the same rule: rounds with a pause between them, ended once the best round has not improved by
/// <see cref="Improvement"/> for <see cref="Patience"/> rounds in a row.
/// </summary>
internal static class SteadyWarmUp
{
    // Ten at least: the bare bot's rounds ran 514, 1,440, 1,210, 1,463 and 1,311 votes/s, so five rounds ended its
    // warm-up at about a quarter of the 5,000 votes/s its bursts reached once its runtime had tiered up.
    private const int MinimumRounds = 10;
    private const int MaximumRounds = 40;
    private const int Patience = 3;
    private const double Improvement = 0.05;

    // Longer than the runtime's tiering delay (100 ms), so the background compiler can install what a round made hot.
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);

    /// <summary>Runs <paramref name="round"/> (which fires one round of votes and returns its duration) to a steady state.</summary>
    /// <param name="fixedRounds">When above 0, exactly this many rounds instead (1: a bot measured just after its start).</param>
    /// <returns>The rounds it took and the duration of the best round.</returns>
    public static async Task<(int Rounds, TimeSpan Best)> RunAsync(Func<CancellationToken, Task<TimeSpan>> round, int fixedRounds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var best = TimeSpan.MaxValue;
        var withoutProgress = 0;
        var rounds = 0;
        while (rounds < (fixedRounds > 0 ? fixedRounds : MaximumRounds))
        {
            var took = await round(cancellationToken);
            rounds++;
            if (took < best * (1 - Improvement))
            {
                withoutProgress = 0;
            }
            else
            {
                withoutProgress++;
            }

            best = took < best ? took : best;
            if (fixedRounds > 0 ? rounds >= fixedRounds : rounds >= MinimumRounds && withoutProgress >= Patience)
            {
                break;
            }

            await Task.Delay(Pause, cancellationToken);
        }

        return (rounds, best);
    }
}
