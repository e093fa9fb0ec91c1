using System.Globalization;

namespace Collaboration.Bot.Tests.Meetings;

/// <summary>
/// The chat of a Teams meeting as the bot sees it: every activity carries channelData.meeting.id, and the fake
/// connector knows the meeting's participants with their roles. Meeting start and end arrive as Teams' event activities.
/// </summary>
public sealed class MeetingChat
{
    public const string StartEvent = "application/vnd.microsoft.meetingStart";
    public const string EndEvent = "application/vnd.microsoft.meetingEnd";

    private MeetingChat(TeamsActivities chat, string meetingId)
    {
        Chat = chat;
        MeetingId = meetingId;
    }

    public TeamsActivities Chat { get; }

    public string MeetingId { get; }

    /// <summary>A new meeting whose chat has the bot; <paramref name="participants"/> pairs each user with Teams' role name.</summary>
    public static MeetingChat Create(BotHost bot, params (TeamsUser User, string Role)[] participants)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var meetingId = "MCMeeting-" + Guid.NewGuid().ToString("N");
        var chat = new TeamsActivities(bot.Connector.ServiceUrl, $"19:meeting_{Guid.NewGuid():N}@thread.v2");
        bot.Connector.AddMeeting(meetingId, chat.ConversationId, participants.Select(p => new MeetingParticipant(Member(p.User), p.Role)));
        return new MeetingChat(chat, meetingId);
    }

    public static ConnectorMember Member(TeamsUser user) =>
        new(user?.Id ?? throw new ArgumentNullException(nameof(user)), user.Name, user.AadObjectId, TenantId: TeamsActivities.TenantId);

    /// <summary>Sends a message in the meeting chat and returns the cards the bot posted into it in answer.</summary>
    public async Task<IReadOnlyList<JsonNode>> SayAsync(BotHost bot, TeamsUser user, string text)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var (status, attachments) = await bot.SendAsync(Chat, InMeeting(Chat.Message(user, text)));
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. attachments.Where(a => (string?)a["contentType"] == BotHost.AdaptiveCardType).Select(a => a["content"]!)];
    }

    /// <summary>Presses a card button in the meeting chat and returns the card of the invoke response.</summary>
    public Task<JsonNode> ExecuteAsync(BotHost bot, TeamsUser user, string verb, JsonObject data) =>
        (bot ?? throw new ArgumentNullException(nameof(bot))).InvokeAsync(Chat, InMeeting(Chat.Execute(user, verb, data)));

    /// <summary>Teams' meetingStart or meetingEnd event, with the time Teams reports for it.</summary>
    public JsonObject Event(TeamsUser from, string name, DateTimeOffset at)
    {
        var activity = InMeeting(Chat.Message(from, string.Empty));
        activity.Remove("text");
        activity.Remove("textFormat");
        activity["type"] = "event";
        activity["name"] = name;
        var time = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        activity["value"] = new JsonObject
        {
            ["Id"] = MeetingId,
            ["MeetingType"] = "Scheduled",
            ["JoinUrl"] = "https://teams.microsoft.com/l/meetup-join/" + MeetingId,
            ["Title"] = "Forum Digitalisierung",
            [name == StartEvent ? "StartTime" : "EndTime"] = time,
        };
        return activity;
    }

    public JsonObject InMeeting(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity["channelData"]!["meeting"] = new JsonObject { ["id"] = MeetingId };
        return activity;
    }
}
