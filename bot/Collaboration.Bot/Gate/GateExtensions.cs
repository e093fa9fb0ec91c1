using Collaboration.Bot.Interaction;
using Collaboration.Forums.Application;

namespace Collaboration.Bot.Gate;

/// <summary>Wires the gate: the role rule, the conversation scope, the table of actions and the desks it calls.</summary>
internal static class GateExtensions
{
    public static IServiceCollection AddGate(this IServiceCollection services)
    {
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
