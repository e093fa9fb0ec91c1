using System.Diagnostics.Metrics;

namespace Collaboration.Web.Live;

/// <summary>The live feed's gauge: how many viewers this instance holds open (each costs a socket and a mailbox).</summary>
internal sealed class LiveMetrics : IDisposable
{
    public const string MeterName = "Collaboration.Web.Live";

    private readonly Meter _meter;

    public LiveMetrics(IMeterFactory meters, LiveFeed feed)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _meter.CreateObservableUpDownCounter("collaboration.live.viewers", () => feed.Viewers, unit: "{viewer}", description: "Open live results streams");
    }

    public void Dispose() => _meter.Dispose();
}
