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
}

/// <summary>At most <see cref="Permits"/> requests per user in each <see cref="Window"/>.</summary>
public sealed class ActionWindow
{
    [Range(1, 10_000)]
    public int Permits { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; }
}
