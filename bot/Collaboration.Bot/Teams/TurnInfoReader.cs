using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Collaboration.Bot.Teams;

/// <summary>Reads the parts of a Teams activity that the interaction layer needs.</summary>
internal static class TurnInfoReader
{
    public static TurnInfo Read(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var kind = KindOf(activity.Conversation?.ConversationType);

        var user = new UserRef(UserRef.IdOf(activity.From?.Id ?? string.Empty, activity.From?.AadObjectId), activity.From?.Name ?? string.Empty);
        return new TurnInfo(ConversationIdOf(activity), kind, user, BotText.LanguageOf(activity.Locale), () => JsonConvert.SerializeObject(activity.GetConversationReference()))
        {
            TeamsUserId = activity.From?.Id,
            MeetingId = TurnChannelData.Of(activity)?.Meeting?.Id,
            TenantId = activity.Conversation?.TenantId ?? TurnChannelData.Of(activity)?.Tenant?.Id,
        };
    }

    /// <summary>Teams' conversationType as the gate knows it; anything unknown is treated as the narrowest, a personal chat.</summary>
    public static ConversationKind KindOf(string? conversationType) => conversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };

    /// <summary>
    /// The conversation a series is bound to. In a channel every thread has its own id
    /// ("19:…@thread.tacv2;messageid=…"); a series belongs to the channel, so the thread part is dropped.
    /// </summary>
    public static string ConversationIdOf(IActivity activity)
    {
        var id = activity.Conversation?.Id ?? string.Empty;
        var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? id : id[..thread];
    }
}
