using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Collaboration.Telemetry.Hosting;

public static class TelemetryHostingExtensions
{
    private const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string AppInsights = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// OpenTelemetry traces, metrics and logs for this host: ASP.NET Core, HttpClient (Bot Connector, Graph), Npgsql
    /// and our own source and meters. Exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter reads
    /// the other OTEL_EXPORTER_OTLP_* variables itself), to Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is
    /// set, to both when both are; with neither, nothing is registered. URLs and log values that could name a person are
    /// redacted before any exporter runs (docs/observability.md).
    /// </summary>
    public static IHostApplicationBuilder AddCollaborationTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;
        services.AddCollaborationMetrics();
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpoint]);
        var azureMonitor = !string.IsNullOrWhiteSpace(configuration[AppInsights]);
        var collect = configuration.GetValue<bool>($"{TelemetryOptions.SectionName}:{nameof(TelemetryOptions.CollectWithoutExporter)}");
        if (!otlp && !azureMonitor && !collect)
        {
            return builder;
        }

        services.AddRedaction(redaction => redaction.SetRedactor<ErasingRedactor>(DataTaxonomy.PersonalData));
        services.AddSingleton<PrivateLogs>();

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // OTEL_SERVICE_NAME, when set, names the service; the SDK's own detector reads it.
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(serviceName);
                }
            })
            .WithTracing(tracing => tracing
                // First, so that every exporter added after it sees the templates only.
                .AddProcessor(new PrivateSpans())
                .AddSource(CollaborationTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = IsNotHealthProbe)
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(CollaborationTelemetry.Name, CollaborationTelemetry.StoreMeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging(
                logging => logging.AddProcessor(sp => sp.GetRequiredService<PrivateLogs>()),
                // Trace and span ids come with every record from the current activity; scopes would add request paths.
                options =>
                {
                    options.IncludeFormattedMessage = false;
                    options.IncludeScopes = false;
                });

        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (azureMonitor)
        {
            // The distro reads the connection string from the same variable.
            telemetry.UseAzureMonitor();
        }

        return builder;
    }

    // Probes run every few seconds and say nothing about users' requests; health is watched through its own endpoint.
    private static bool IsNotHealthProbe(HttpContext context) => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
