using Collaboration.Bot.Commands;
using Microsoft.Extensions.Logging;

namespace Collaboration.Bot.Teams;

/// <summary>The bot's log lines. They carry ids and kinds, never what a participant wrote or who stands behind an anonymous answer.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Command {Command} in {ConversationKind}")]
    public static partial void CommandReceived(ILogger logger, CommandKind? command, ConversationKind conversationKind);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Card action {Verb} in {ConversationKind}")]
    public static partial void CardActionReceived(ILogger logger, string verb, ConversationKind conversationKind);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Turn failed for activity type {ActivityType}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Refused activity from tenant {TenantId}: not on the allow-list")]
    public static partial void TenantRefused(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Unreadable card action data for verb {Verb}")]
    public static partial void MalformedCardAction(ILogger logger, string verb);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "File consent accepted in {ConversationKind}: {Result}")]
    public static partial void FileConsentAccepted(ILogger logger, FileHandOverResult result, ConversationKind conversationKind);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "File consent declined in {ConversationKind}")]
    public static partial void FileConsentDeclined(ILogger logger, ConversationKind conversationKind);
}
