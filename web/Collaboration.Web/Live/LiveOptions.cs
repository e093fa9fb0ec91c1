using System.ComponentModel.DataAnnotations;

namespace Collaboration.Web.Live;

/// <summary>The live results stream's settings in section "Web".</summary>
public sealed class LiveOptions
{
    public const string Section = "Web";

    /// <summary>
    /// How long the first change of a quiet item waits before it is rendered, so that the votes of one moment arrive as
    /// one update; short, because a meeting expects to see a vote "at once".
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan LiveFirstDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The shortest time between two updates of one item while votes keep coming: a burst of 1,000 votes becomes a few
    /// renders a second instead of 1,000 renders times the number of viewers.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan LiveInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How often an idle stream sends a comment: proxies and load balancers close connections that stay silent for
    /// about 30 to 60 seconds, and the page notices a dead stream by the missing pings.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan LivePingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Open streams per user and instance: a stage, a side panel and a few tabs are normal; more is a page that
    /// reconnects in a loop or someone holding connections open, and each costs a socket and a channel.
    /// </summary>
    [Range(1, 1000)]
    public int LiveConnectionsPerUser { get; set; } = 8;
}
