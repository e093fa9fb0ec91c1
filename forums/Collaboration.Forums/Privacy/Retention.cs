namespace Collaboration.Forums.Privacy;

/// <summary>
/// When a series' personal data goes (DSGVO Art. 5 (1) e, storage limitation): <see cref="ForumSeries.RetentionMonths"/>
/// after the last of its forums closed, provided none is open. What then goes and what stays is in
/// <see cref="RetentionRules"/>.
/// </summary>
public static class Retention
{
    public const int DefaultMonths = 12;
    public const int MinMonths = 1;
    public const int MaxMonths = 120;

    public static bool IsValid(int months) => months is >= MinMonths and <= MaxMonths;

    /// <summary>The instant the series' personal data is due for removal, or null while a forum is open or none ever closed.</summary>
    /// <param name="closedAt">When each closed forum closed, by forum number.</param>
    public static DateTimeOffset? DueAt(ForumSeries series, IReadOnlyDictionary<int, DateTimeOffset> closedAt)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(closedAt);
        if (series.Forums.Any(f => f.Status == ForumStatus.Open) || closedAt.Count == 0)
        {
            return null;
        }

        return closedAt.Values.Max().AddMonths(series.RetentionMonths);
    }
}
