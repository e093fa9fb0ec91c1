using Collaboration.Bot.Interaction;
using Collaboration.Forums.Application;

namespace Collaboration.Bot.Gate;

/// <summary>Wires the gate: the role rule, the conversation scope, the table of actions and the desks it calls.</summary>
internal static class GateExtensions
{
    public static IServiceCollection AddGate(this IServiceCollection services)
    {
        services.AddOptions<ActionLimitOptions>().BindConfiguration(ActionLimitOptions.Section).ValidateDataAnnotations()
            // Data annotations do not reach into the nested windows; a zero window would only fail at the first request.
            .Validate(o => new[] { o.CreateSeries, o.Report, o.FanOut, o.Archive }.All(w => w.Permits >= 1 && w.Window >= TimeSpan.FromSeconds(1)),
                "ActionLimits:<action>:Permits must be at least 1 and ActionLimits:<action>:Window at least one second.")
            .ValidateOnStart();
        services.AddSingleton<ActionLimiter>();
        services.AddSingleton<ModeratorRule>();
        services.AddSingleton<ConversationScope>();
        services.AddSingleton<ParticipantDesk>();
        services.AddSingleton<SeriesDesk>();
        services.AddSingleton<ReportDesk>();
        services.AddSingleton<ActionTable>();
        services.AddSingleton<ActionGate>();
        return services;
    }
}
