using Collaboration.Bot.Teams;
using Collaboration.Forums.Delivery;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Collaboration.Bot.Delivery;

/// <summary>Wires private fan-outs: the rate limiter, the Teams calls, and the worker that resumes unfinished fan-outs at start.</summary>
internal static class FanOutExtensions
{
    public static IHostApplicationBuilder AddFanOut(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FanOutOptions>().BindConfiguration(FanOutOptions.Section).ValidateDataAnnotations()
            // Data annotations do not reach into the lists; a zero window would only fail at the first send.
            .Validate(
                o => o.EffectiveThreadLimits.Concat(o.EffectiveTenantLimits).All(w => w.Count >= 1 && w.Window > TimeSpan.Zero),
                "FanOut:ThreadLimits and FanOut:TenantLimits need a Count of at least 1 and a Window longer than zero.")
            .ValidateOnStart();
        services.TryAddSingleton<ConnectorRateLimiter>();
        services.AddSingleton<IFanOutConnector, TeamsFanOutConnector>();
        services.AddSingleton<FanOutCardSource>();
        services.AddSingleton(sp => new FanOutPolicy(sp.GetRequiredService<IOptions<FanOutOptions>>().Value.MinimumRepeatInterval));
        services.AddSingleton<FanOutService>();
        services.AddSingleton<FanOutRequests>();
        services.AddSingleton<RosterReader>();
        services.AddSingleton<FanOutSender>();
        services.AddSingleton<FanOutReporter>();
        services.AddSingleton<FanOutWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<FanOutWorker>());
        return builder;
    }
}
