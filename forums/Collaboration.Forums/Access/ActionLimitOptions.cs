using System.ComponentModel.DataAnnotations;

namespace Collaboration.Forums.Access;

/// <summary>
/// Settings of section "ActionLimits": how often one user may ask for each expensive action. The count is kept per
/// bot instance (in memory), so behind a load balancer a user may get up to that many times the number of instances.
/// </summary>
public sealed class ActionLimitOptions
{
    public const string Section = "ActionLimits";

    public ActionWindow CreateSeries { get; set; } = new() { Permits = 5, Window = TimeSpan.FromHours(1) };

    public ActionWindow Report { get; set; } = new() { Permits = 6, Window = TimeSpan.FromHours(1) };

    public ActionWindow FanOut { get; set; } = new() { Permits = 10, Window = TimeSpan.FromHours(1) };

    public ActionWindow Archive { get; set; } = new() { Permits = 10, Window = TimeSpan.FromHours(1) };

    /// <summary>
    /// The add-in's requests together (list, preview, slides, section, check): a person working in a deck clicks a few
    /// times a minute, so this never stops them; it stops a pane stuck in a loop from recomputing series all day.
    /// </summary>
    public ActionWindow Addin { get; set; } = new() { Permits = 120, Window = TimeSpan.FromMinutes(10) };
}

/// <summary>At most <see cref="Permits"/> requests per user in each <see cref="Window"/>.</summary>
public sealed class ActionWindow
{
    [Range(1, 10_000)]
    public int Permits { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; }
}
