using Collaboration.Forums.Access;
using Collaboration.Bot.Interaction;
using Collaboration.Forums.Validation;

namespace Collaboration.Bot.Gate;

/// <summary>The gate's log lines: which action was refused and why, never who asked or what the card data held.</summary>
internal static partial class GateLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Refused {Action} in a {ConversationKind}: {Reason}")]
    public static partial void Refused(ILogger logger, ActionKind action, RejectionCode reason, ConversationKind conversationKind);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Limited {Action} for a user until the window passes")]
    public static partial void Limited(ILogger logger, ActionKind action);
}
