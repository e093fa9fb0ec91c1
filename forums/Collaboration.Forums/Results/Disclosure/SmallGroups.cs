namespace Collaboration.Forums.Results.Disclosure;

/// <summary>The threshold k of statistical disclosure control: no output shows a number that describes 1 to k-1 people.</summary>
public static class SmallGroups
{
    /// <summary>
    /// The lowest k any series may have. With 2, one of two respondents knows the other's answer from the total;
    /// 3 is the smallest group in which a single colluder still cannot tell who gave which answer.
    /// </summary>
    public const int Minimum = 3;

    /// <summary>The k a series uses: its own setting, never below <see cref="Minimum"/> (old series may hold less).</summary>
    public static int Threshold(ForumSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Threshold(series.MinGroupSize);
    }

    public static int Threshold(int configured) => Math.Max(Minimum, configured);
}
