using Collaboration.Telemetry;

namespace Collaboration.Web.Live;

/// <summary>The live feed's share of the meter: how many viewers this instance holds open (each costs a socket and a mailbox).</summary>
internal sealed class LiveMetrics
{
    public LiveMetrics(CollaborationMetrics metrics, LiveFeed feed)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(feed);
        metrics.ObserveLiveConnections(() => feed.Viewers);
    }
}
