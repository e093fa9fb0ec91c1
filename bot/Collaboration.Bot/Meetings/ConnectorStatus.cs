using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace Collaboration.Bot.Meetings;

/// <summary>The HTTP status of a failed Bot Connector call, 0 when no answer came.</summary>
internal static class ConnectorStatus
{
    public static int Of(Exception exception) => exception switch
    {
        ErrorResponseException error => (int?)error.Response?.StatusCode ?? 0,
        HttpOperationException operation => (int?)operation.Response?.StatusCode ?? 0,
        _ => 0,
    };

    /// <summary>The failures of a call to Teams that mean "Teams did not say yes", as against a bug in the bot.</summary>
    public static bool IsConnectorFailure(Exception exception) =>
        exception is ErrorResponseException or HttpOperationException or HttpRequestException or TaskCanceledException;
}
