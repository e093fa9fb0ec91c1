using Collaboration.Web.Teams;

namespace Collaboration.Bot.Meetings;

/// <summary>Wires what the bot knows of Teams meetings: roles, the meeting of a chat, membership for the pages, in-meeting prompts.</summary>
internal static class MeetingsExtensions
{
    public static IHostApplicationBuilder AddMeetings(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMemoryCache();
        services.AddSingleton<ProactiveTurns>();
        services.AddSingleton<MeetingMemory>();
        // Replaces the gate's default (NoMeetingRoles): registered later, it is the one resolved.
        services.AddSingleton<IMeetingRoles, TeamsMeetingRoles>();
        services.AddSingleton<ConversationRosters>();
        services.AddSingleton<ITeamsConversations, TeamsConversations>();
        services.AddSingleton<IMeetingPrompts, TeamsMeetingPrompts>();
        services.AddSingleton<MeetingOffers>();
        return builder;
    }
}
