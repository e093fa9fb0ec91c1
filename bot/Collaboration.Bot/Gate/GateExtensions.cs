using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Collaboration.Bot.Gate;

/// <summary>Wires the gate: the domain's access gate with its role rule and conversation scope, the bot's table of actions and the handlers it calls.</summary>
internal static class GateExtensions
{
    public static IServiceCollection AddGate(this IServiceCollection services)
    {
        services.AddOptions<ActionLimitOptions>().BindConfiguration(ActionLimitOptions.Section).ValidateDataAnnotations()
            // Data annotations do not reach into the nested windows; a zero window would only fail at the first request.
            .Validate(o => new[] { o.CreateSeries, o.Report, o.FanOut, o.Archive, o.Addin }.All(w => w.Permits >= 1 && w.Window >= TimeSpan.FromSeconds(1)),
                "ActionLimits:<action>:Permits must be at least 1 and ActionLimits:<action>:Window at least one second.")
            .ValidateOnStart();
        services.AddSingleton(sp => new ActionLimiter(sp.GetRequiredService<IOptions<ActionLimitOptions>>().Value));
        services.AddSingleton<ModeratorRule>();
        services.AddSingleton<ConversationScope>();
        // Teams' meeting participant API where the host has a bot; nobody has a meeting role otherwise.
        services.TryAddSingleton<IMeetingRoles, NoMeetingRoles>();
        services.AddSingleton<AccessGate>();
        services.AddSingleton<ParticipantActions>();
        services.AddSingleton<SeriesSetup>();
        services.AddSingleton<ReportRequests>();
        services.AddSingleton<ActionTable>();
        services.AddSingleton<ActionGate>();
        return services;
    }
}
