namespace Collaboration.Telemetry.Hosting;

/// <summary>
/// The "Telemetry" section. Where telemetry goes is set by the standard variables (OTEL_EXPORTER_OTLP_ENDPOINT,
/// APPLICATIONINSIGHTS_CONNECTION_STRING, OTEL_SERVICE_NAME, ...); this section only says whether to collect when
/// neither exporter is set.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// Collect spans, metrics and logs even though no exporter is configured, for a reader inside the process (the
    /// tests' in-memory exporter). Off by default: with no exporter the SDK is not even registered, so an offline
    /// instance pays nothing and logs no export errors.
    /// </summary>
    public bool CollectWithoutExporter { get; set; }
}
