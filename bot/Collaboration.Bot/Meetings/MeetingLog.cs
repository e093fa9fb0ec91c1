using Microsoft.Extensions.Logging;

namespace Collaboration.Bot.Meetings;

/// <summary>Log lines of the meeting features: statuses and counts, never a person's id or name.</summary>
internal static partial class MeetingLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Teams could not tell a meeting role (status {Status}); the person counts as no moderator")]
    public static partial void RoleUnknown(ILogger logger, Exception exception, int status);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "No bound chat known for the meeting; nobody moderates by meeting role there")]
    public static partial void MeetingUnknown(ILogger logger);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Teams could not check a conversation member (status {Status}); the page is refused")]
    public static partial void MemberCheckFailed(ILogger logger, Exception exception, int status);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "In-meeting notification: {Recipients} recipients, {Failed} not reached")]
    public static partial void PromptSent(ILogger logger, int recipients, int failed);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "An in-meeting notification to {Count} recipients failed (status {Status})")]
    public static partial void PromptChunkFailed(ILogger logger, Exception exception, int count, int status);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Meeting {Kind} event already handled; this delivery is a duplicate")]
    public static partial void DuplicateMeetingEvent(ILogger logger, Collaboration.Forums.Ports.MeetingEventKind kind);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Remembering the meeting of a conversation failed; the next activity tries again")]
    public static partial void RememberFailed(ILogger logger, Exception exception);
}
