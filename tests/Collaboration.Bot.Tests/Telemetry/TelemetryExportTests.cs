using Collaboration.Telemetry.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Collaboration.Bot.Tests.Telemetry;

/// <summary>Which exporters the standard variables switch on, and that none costs a listener when none is set.</summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public void Without_an_exporter_no_telemetry_provider_is_registered()
    {
        using var host = Build(new Dictionary<string, string?>());

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void An_otlp_endpoint_and_an_application_insights_connection_string_together_build_both_exporters()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317",
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        });

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCollaborationTelemetry("telemetry-tests");
        return builder.Build();
    }
}
