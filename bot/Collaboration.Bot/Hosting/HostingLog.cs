using Collaboration.Telemetry;

namespace Collaboration.Bot.Hosting;

/// <summary>The host's log lines about its edge: authentication and requests turned away before any turn. No tokens, no bodies.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Refused a request to /api/messages: its token did not validate ({Failure})")]
    public static partial void RequestUnauthenticated(ILogger logger, [PersonalData] string failure);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning,
        Message = "Authentication is OFF (Bot:AllowUnauthenticated=true in Development): anyone who reaches /api/messages can act as any user. Never run like this with real data.")]
    public static partial void AuthenticationOff(ILogger logger);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Refused a request to /api/messages with {Status}: {Reason}")]
    public static partial void ActivityRefused(ILogger logger, int status, [PersonalData] string reason);
}
