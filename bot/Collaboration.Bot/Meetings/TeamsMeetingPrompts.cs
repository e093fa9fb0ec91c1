using Collaboration.Web.Teams;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Collaboration.Bot.Meetings;

/// <summary>
/// Pushes a question into a running meeting: Teams' targeted in-meeting notification, whose meeting stage surface
/// opens the answer page as a dialog, to every member of the meeting's chat except the moderator who pushes. The
/// roster is the one the pages' membership check reads (<see cref="ConversationRosters"/>); a 429 is waited out by the connector client's throttling handler.
/// </summary>
internal sealed class TeamsMeetingPrompts(
    IConversationStore conversations, IFanOutConnector connector, ConversationRosters rosters, ProactiveTurns turns, ILogger<TeamsMeetingPrompts> logger) : IMeetingPrompts
{
    /// <summary>Teams takes at most ten recipients per targeted meeting notification (Microsoft's in-meeting notification docs).</summary>
    public const int RecipientsPerNotification = 10;

    // The dialog's size in pixels: room for a choice list or a short matrix without scrolling on a laptop screen.
    private const string DialogHeight = "450";
    private const string DialogWidth = "420";

    public async Task<MeetingPromptResult> PushAsync(ConversationMember moderator, ForumSeries series, ForumItem item, Uri answerUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moderator);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(answerUrl);
        if (moderator.MeetingId is not { Length: > 0 } meetingId
            || await conversations.GetConversationReferenceAsync(moderator.ConversationId, cancellationToken) is not { } stored)
        {
            return new MeetingPromptResult(0, 0);
        }

        var recipients = await RecipientsAsync(moderator.ConversationId, stored, moderator, cancellationToken);
        var reference = ProactiveTurns.Parse(stored);
        var title = item.Prompt.In(connector.LanguageOf(stored));
        var failed = 0;
        foreach (var chunk in recipients.Chunk(RecipientsPerNotification))
        {
            try
            {
                MeetingNotificationResponse? response = null;
                var notification = Notification(chunk, title, answerUrl);
                await turns.RunAsync(reference, async (turnContext, ct) => response = await TeamsInfo.SendMeetingNotificationAsync(turnContext, notification, meetingId, ct), cancellationToken);
                failed += response?.RecipientsFailureInfo?.Count ?? 0;
            }
            catch (Exception exception) when (ConnectorStatus.IsConnectorFailure(exception) && !cancellationToken.IsCancellationRequested)
            {
                // One chunk's failure does not stop the others; its recipients count as not reached.
                MeetingLog.PromptChunkFailed(logger, exception, chunk.Length, ConnectorStatus.Of(exception));
                failed += chunk.Length;
            }
        }

        MeetingLog.PromptSent(logger, recipients.Count, failed);
        return new MeetingPromptResult(recipients.Count, failed);
    }

    /// <summary>The chat's members by Teams id, without the moderator (by Teams id or Entra object id).</summary>
    private async Task<IReadOnlyList<string>> RecipientsAsync(string conversationId, string reference, ConversationMember moderator, CancellationToken cancellationToken)
    {
        var members = await rosters.MembersAsync(conversationId, reference, cancellationToken);
        return [.. members
            .Where(m => !string.Equals(m.TeamsId, moderator.TeamsUserId, StringComparison.Ordinal)
                && !string.Equals(m.AadObjectId, moderator.User.Id, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(m.TeamsId, moderator.User.Id, StringComparison.Ordinal))
            .Select(m => m.TeamsId)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The notification in the documented wire format ("surface": "meetingStage", "contentType": "task"). The SDK's own
    /// TargetedMeetingNotification writes the surface as "MeetingStage", which Microsoft's reference does not show.
    /// </summary>
    private static TargetedNotification Notification(IEnumerable<string> recipients, string title, Uri answerUrl) => new()
    {
        Type = "targetedMeetingNotification",
        Value = new JObject
        {
            ["recipients"] = new JArray(recipients.Cast<object>().ToArray()),
            ["surfaces"] = new JArray(new JObject
            {
                ["surface"] = "meetingStage",
                ["contentType"] = "task",
                ["content"] = new JObject
                {
                    ["value"] = new JObject { ["height"] = DialogHeight, ["width"] = DialogWidth, ["title"] = title, ["url"] = answerUrl.AbsoluteUri },
                },
            }),
        },
    };

    private sealed class TargetedNotification : MeetingNotificationBase
    {
        [JsonProperty("value")]
        public JObject? Value { get; set; }
    }
}
