using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Collaboration.Fakes.Connector;

/// <summary>
/// Teams' meeting routes of the Bot Connector (v1/meetings): a participant with their meeting role, and targeted
/// in-meeting notifications, in the shapes of Microsoft's meeting apps API reference.
/// </summary>
internal static class MeetingEndpoints
{
    /// <summary>Teams sends a targeted meeting notification to at most this many participants per request.</summary>
    public const int MaxRecipients = 10;

    public static void MapMeetingApi(this IEndpointRouteBuilder app, MeetingState meetings, ConnectorState conversations)
    {
        var group = app.MapGroup("/v1/meetings");

        group.MapGet("/{meetingId}/participants/{participantId}", (string meetingId, string participantId, string? tenantId) =>
        {
            if (string.IsNullOrEmpty(tenantId))
            {
                return ConnectorEndpoints.Error(StatusCodes.Status400BadRequest, "BadSyntax", "tenantId is required.");
            }

            if (meetings.ConversationOf(meetingId) is not { } conversationId || meetings.Participant(meetingId, participantId) is not { } participant)
            {
                return ConnectorEndpoints.Error(StatusCodes.Status404NotFound, "NotFound", "The meeting or the participant was not found.");
            }

            return Results.Json(new JsonObject
            {
                ["user"] = participant.Member.ToJson(),
                ["meeting"] = new JsonObject { ["role"] = participant.Role, ["inMeeting"] = participant.InMeeting },
                ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "groupChat", ["id"] = conversationId },
            });
        });

        group.MapPost("/{meetingId}/notification", async (string meetingId, HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            var body = document.RootElement.Clone();
            if (!meetings.Exists(meetingId))
            {
                return ConnectorEndpoints.Error(StatusCodes.Status404NotFound, "NotFound", "The meeting was not found.");
            }

            if (!body.TryGetProperty("type", out var type) || type.GetString() != "targetedMeetingNotification"
                || !body.TryGetProperty("value", out var value) || !value.TryGetProperty("recipients", out var given) || given.ValueKind != JsonValueKind.Array
                || !value.TryGetProperty("surfaces", out var surfaces) || surfaces.ValueKind != JsonValueKind.Array || surfaces.GetArrayLength() == 0)
            {
                return ConnectorEndpoints.Error(StatusCodes.Status400BadRequest, "BadSyntax", "A targetedMeetingNotification needs recipients and surfaces.");
            }

            var recipients = given.EnumerateArray().Select(r => r.GetString() ?? string.Empty).ToList();
            if (recipients.Count is 0 or > MaxRecipients)
            {
                return ConnectorEndpoints.Error(StatusCodes.Status400BadRequest, "BadSyntax", $"Between 1 and {MaxRecipients} recipients per notification.");
            }

            meetings.Record(meetingId, recipients, body);
            var failures = recipients.Where(r => meetings.Participant(meetingId, r) is null || conversations.UnreachableStatus(r) is not null)
                .Select(r => (JsonNode)new JsonObject { ["recipientMri"] = r, ["errorCode"] = "MemberNotFoundInConversation", ["failureReason"] = "The recipient is not a participant of the meeting." })
                .ToArray();
            return failures.Length == 0
                ? Results.StatusCode(StatusCodes.Status202Accepted)
                : Results.Json(new JsonObject { ["recipientsFailureInfo"] = new JsonArray(failures) }, statusCode: StatusCodes.Status207MultiStatus);
        });
    }
}
