using Collaboration.Forums.Ports;
using Collaboration.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Collaboration.Web.Live;

/// <summary>The live results stream: every viewer of an item or forum updated within about a second of a vote.</summary>
internal static class LiveExtensions
{
    public static IHostApplicationBuilder AddLiveResults(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LiveOptions>()
            .BindConfiguration(LiveOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LiveFeed>();
        services.AddSingleton<ILiveFeed>(sp => sp.GetRequiredService<LiveFeed>());
        services.AddSingleton<IItemChangeListener>(sp => sp.GetRequiredService<LiveFeed>());
        services.AddCollaborationMetrics();
        services.AddSingleton<LiveMetrics>();
        services.AddSingleton<LiveConnections>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLiveResults(this IEndpointRouteBuilder endpoints)
    {
        // The gauge is created once the app is built: nothing else asks for it.
        _ = endpoints.ServiceProvider.GetRequiredService<LiveMetrics>();
        LiveEndpoints.Map(endpoints);
        return endpoints;
    }
}
