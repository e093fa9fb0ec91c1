using System.ComponentModel.DataAnnotations;
using Collaboration.Forums.Retries;

namespace Collaboration.Bot.Delivery;

/// <summary>
/// Settings of section "FanOut": the Teams rate limits the private sends keep to, and how the worker claims and retries.
/// The defaults are the values Microsoft documents in "Optimize your bot with rate limiting in Teams"
/// (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit): per bot per thread
/// 7 operations per second, 8 per 2 s, 60 per 30 s and 1800 per hour; globally 50 requests per second per app per tenant.
/// Every bot API call counts (sends, conversation creation, roster reads). The values can change, so a 429 is still
/// honoured; a benchmark may raise them together with the fake connector's to finish sooner.
/// </summary>
public sealed class FanOutOptions
{
    public const string Section = "FanOut";

    /// <summary>Per conversation (thread); empty: Microsoft's documented values.</summary>
    public IList<RateWindow> ThreadLimits { get; } = [];

    /// <summary>Per tenant, across all conversations; empty: Microsoft's documented value.</summary>
    public IList<RateWindow> TenantLimits { get; } = [];

    /// <summary>
    /// The share of each limit the bot uses. Below 1 so that the jitter between leaving the bot and arriving at Teams
    /// cannot push two requests into one window that the bot spaced apart.
    /// </summary>
    [Range(0.1, 1.0)]
    public double Headroom { get; set; } = 0.95;

    /// <summary>
    /// The share of the tenant's budget that background calls (fan-out sends, card updates) leave free while a turn is
    /// replying, so a moderator's command during a 10,000-member fan-out answers as fast as without it. When no turn
    /// is about, the background uses the whole budget.
    /// </summary>
    [Range(0.0, 0.5)]
    public double InteractiveShare { get; set; } = 0.1;

    /// <summary>Members sent to at the same time; the rate limiter, not this, sets the pace.</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 16;

    /// <summary>Members claimed per database round trip.</summary>
    [Range(1, 500)]
    public int ClaimBatch { get; set; } = 16;

    /// <summary>
    /// How long a claimed member stays invisible to other instances, so only an instance that died leaves it to another.
    /// Longer than one call's HTTP timeout (100 s). A member whose personal chat must be created first takes two calls;
    /// should both hang to their timeouts, the claim runs out and another instance may send that member a second card,
    /// which the fan-out accepts rather than losing the member.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle worker looks for work (deferred retries, fan-outs of other instances).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per member before it is given up and reported as unreachable.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The schedule of a member's sends and of roster pages: these attempts, from this base delay, capped as everywhere.</summary>
    public RetryPolicy Retries() => new(MaxAttempts, RetryBaseDelay, RetryPolicy.Default.MaxDelay);

    /// <summary>Members per roster page; 500 is the most Teams returns.</summary>
    [Range(1, 500)]
    public int RosterPageSize { get; set; } = 500;

    /// <summary>
    /// The least time between two private sends (or a send and a reminder) of one item from one chat: each reads the
    /// roster and writes to every member, so a repeat is a deliberate act, not a double click.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MinimumRepeatInterval { get; set; } = TimeSpan.FromMinutes(15);

    internal static IReadOnlyList<RateWindow> DocumentedThreadLimits { get; } =
        [new(7, TimeSpan.FromSeconds(1)), new(8, TimeSpan.FromSeconds(2)), new(60, TimeSpan.FromSeconds(30)), new(1800, TimeSpan.FromHours(1))];

    internal static IReadOnlyList<RateWindow> DocumentedTenantLimits { get; } = [new(50, TimeSpan.FromSeconds(1))];

    internal IReadOnlyList<RateWindow> EffectiveThreadLimits => ThreadLimits.Count > 0 ? [.. ThreadLimits] : DocumentedThreadLimits;

    internal IReadOnlyList<RateWindow> EffectiveTenantLimits => TenantLimits.Count > 0 ? [.. TenantLimits] : DocumentedTenantLimits;
}

/// <summary>At most <see cref="Count"/> operations in any <see cref="Window"/>.</summary>
public sealed class RateWindow
{
    public RateWindow()
    {
    }

    public RateWindow(int count, TimeSpan window)
    {
        Count = count;
        Window = window;
    }

    /// <summary>Checked at start-up with the window (see <c>AddFanOut</c>).</summary>
    public int Count { get; set; }

    public TimeSpan Window { get; set; }
}
