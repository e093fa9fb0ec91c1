using Collaboration.Telemetry;

namespace Collaboration.Web.SignIn;

/// <summary>The sign-in's and the gate's log lines: what was refused and why, never who or with what token.</summary>
internal static partial class SignInLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Web request for {Kind} refused: {Code}")]
    public static partial void Refused(ILogger logger, ActionKind kind, RejectionCode code);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Web request for {Kind} refused: the user is not a member of the named conversation, or the bot is not in it")]
    public static partial void NotMember(ILogger logger, ActionKind kind);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Web sign-in failed: {Reason}")]
    public static partial void SignInFailed(ILogger logger, [PersonalData] string reason);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Local sign-in is on: the web app takes the user from the X-Local-User header. Development only.")]
    public static partial void LocalSignInOn(ILogger logger);
}
