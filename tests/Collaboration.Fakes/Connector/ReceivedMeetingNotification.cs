namespace Collaboration.Fakes.Connector;

/// <summary>A meeting notification the bot sent (POST /v1/meetings/{id}/notification), as it came over the wire.</summary>
public sealed record ReceivedMeetingNotification(string MeetingId, IReadOnlyList<string> Recipients, JsonElement Body)
{
    /// <summary>The url of the first surface's task content, where Teams opens the notification.</summary>
    public string? Url => Body.TryGetProperty("value", out var value) && value.TryGetProperty("surfaces", out var surfaces) && surfaces.GetArrayLength() > 0
        && surfaces[0].TryGetProperty("content", out var content) && content.TryGetProperty("value", out var task) && task.TryGetProperty("url", out var url)
            ? url.GetString()
            : null;
}
