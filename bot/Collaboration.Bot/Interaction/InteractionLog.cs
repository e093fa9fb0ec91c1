using Collaboration.Bot.Commands;

namespace Collaboration.Bot.Interaction;

/// <summary>Log lines of the interaction layer: kinds and verbs, never what a participant entered.</summary>
internal static partial class InteractionLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Forum store unreachable during card action {Verb}; the user got a card to send it again")]
    public static partial void StoreUnavailableForAction(ILogger logger, Exception exception, string verb);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Forum store unreachable during command {Command}; the user was asked to send it again")]
    public static partial void StoreUnavailableForCommand(ILogger logger, Exception exception, CommandKind? command);
}
