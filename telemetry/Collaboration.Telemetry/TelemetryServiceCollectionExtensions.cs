using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Collaboration.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CollaborationMetrics"/>; every part that emits calls it, so a host without an exporter still
    /// builds (measurements then go nowhere and cost next to nothing).
    /// </summary>
    public static IServiceCollection AddCollaborationMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<CollaborationMetrics>();
        return services;
    }
}
