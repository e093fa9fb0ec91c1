using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Collaboration.Fakes.Connector;

/// <summary>The Bot Connector API v3 routes that a Teams bot calls, answered from <see cref="ConnectorState"/>.</summary>
internal static class ConnectorEndpoints
{
    // Teams answers a roster page of at most this many members when the bot names no page size.
    private const int DefaultPageSize = 200;

    public static void MapConnectorApi(this IEndpointRouteBuilder app, ConnectorState state)
    {
        var conversations = app.MapGroup("/v3/conversations");

        conversations.MapPost("/", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            var parameters = await ReadJsonAsync(request, cancellationToken);
            var activityId = state.NextActivityId();
            var members = parameters.TryGetProperty("members", out var given) && given.ValueKind == JsonValueKind.Array
                ? given.EnumerateArray().Select(m => JsonNode.Parse(m.GetRawText())!.AsObject()).ToList()
                : [];
            var personal = members.Count == 1 && !(parameters.TryGetProperty("isGroup", out var isGroup) && isGroup.ValueKind == JsonValueKind.True);
            var memberId = personal ? (string?)members[0]["id"] ?? string.Empty : string.Empty;
            if (personal && state.UnreachableStatus(memberId) is { } refused)
            {
                return Unreachable(refused);
            }

            var created = true;
            var conversationId = personal ? state.PersonalConversation(memberId, out created) : NewConversationId(parameters, activityId);
            if (created)
            {
                state.AddMembers(conversationId, members);
            }

            var serviceUrl = $"{request.Scheme}://{request.Host}/";
            var response = new JsonObject { ["id"] = conversationId, ["serviceUrl"] = serviceUrl };
            if (parameters.TryGetProperty("activity", out var activity) && activity.ValueKind == JsonValueKind.Object)
            {
                state.Store(ConnectorOperation.CreateConversation, conversationId, activityId, activity);
                response["activityId"] = activityId;
            }

            return Results.Json(response, statusCode: StatusCodes.Status201Created);
        });

        conversations.MapPost("/{conversationId}/activities", async (string conversationId, HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (state.UnreachableStatus(conversationId) is { } refused)
            {
                return Unreachable(refused);
            }

            var activity = await ReadJsonAsync(request, cancellationToken);
            var activityId = state.NextActivityId();
            state.Store(ConnectorOperation.Send, conversationId, activityId, activity);
            return ResourceResponse(activityId);
        });

        conversations.MapPost("/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpRequest request, CancellationToken cancellationToken) =>
        {
            _ = activityId; // The reply's target is in the body's replyToId as well; tests read it there.
            var activity = await ReadJsonAsync(request, cancellationToken);
            var newId = state.NextActivityId();
            state.Store(ConnectorOperation.Reply, conversationId, newId, activity);
            return ResourceResponse(newId);
        });

        conversations.MapPut("/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpRequest request, CancellationToken cancellationToken) =>
        {
            var activity = await ReadJsonAsync(request, cancellationToken);
            return state.TryUpdate(conversationId, activityId, activity)
                ? ResourceResponse(activityId)
                : Error(StatusCodes.Status404NotFound, "ActivityNotFound", $"No activity {activityId} in {conversationId}.");
        });

        conversations.MapDelete("/{conversationId}/activities/{activityId}", (string conversationId, string activityId) =>
            state.TryDelete(conversationId, activityId)
                ? Results.Ok()
                : Error(StatusCodes.Status404NotFound, "ActivityNotFound", $"No activity {activityId} in {conversationId}."));

        conversations.MapGet("/{conversationId}/members", (string conversationId) =>
            state.Members(conversationId) is { } members
                ? Results.Json(new JsonArray([.. members]))
                : ConversationNotFound(conversationId));

        conversations.MapGet("/{conversationId}/pagedmembers", (string conversationId, int? pageSize, string? continuationToken) =>
        {
            if (state.Members(conversationId) is not { } members)
            {
                return ConversationNotFound(conversationId);
            }

            var size = pageSize is > 0 ? pageSize.Value : DefaultPageSize;
            var offset = DecodeToken(continuationToken);
            var page = new JsonObject { ["members"] = new JsonArray([.. members.Skip(offset).Take(size)]) };
            if (offset + size < members.Count)
            {
                page["continuationToken"] = EncodeToken(offset + size);
            }

            return Results.Json(page);
        });

        conversations.MapGet("/{conversationId}/members/{memberId}", (string conversationId, string memberId) =>
        {
            if (state.Members(conversationId) is not { } members)
            {
                return ConversationNotFound(conversationId);
            }

            var member = members.FirstOrDefault(m => string.Equals((string?)m["id"], memberId, StringComparison.Ordinal)
                || string.Equals((string?)m["aadObjectId"], memberId, StringComparison.OrdinalIgnoreCase));
            return member is not null
                ? Results.Json(member)
                : Error(StatusCodes.Status404NotFound, "MemberNotFoundInConversation", "The member was not found in the conversation.");
        });
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        return document.RootElement.Clone();
    }

    private static string NewConversationId(JsonElement parameters, string activityId)
    {
        // Posting to a Teams channel starts a thread whose conversation id is the channel id plus the first message id.
        if (parameters.TryGetProperty("channelData", out var channelData)
            && channelData.ValueKind == JsonValueKind.Object
            && channelData.TryGetProperty("channel", out var channel)
            && channel.ValueKind == JsonValueKind.Object
            && channel.TryGetProperty("id", out var channelId)
            && channelId.ValueKind == JsonValueKind.String)
        {
            return $"{channelId.GetString()};messageid={activityId}";
        }

        return $"a:fake-{Guid.NewGuid():N}";
    }

    /// <summary>What Teams answers for a member the bot cannot write to: 403 when the app is not installed for them, 404 when they are gone.</summary>
    private static IResult Unreachable(int status) => status == StatusCodes.Status404NotFound
        ? Error(status, "NotFound", "The user was not found in the tenant.")
        : Error(status, "Forbidden", "The bot is not installed for the user.");

    private static IResult ResourceResponse(string id) => Results.Json(new JsonObject { ["id"] = id });

    private static IResult ConversationNotFound(string conversationId) =>
        Error(StatusCodes.Status404NotFound, "ConversationNotFound", $"Conversation {conversationId} is unknown to the fake; add members first.");

    internal static IResult Error(int status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);

    private static string EncodeToken(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(offset.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeToken(string? token) =>
        string.IsNullOrEmpty(token)
            ? 0
            : int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token)), CultureInfo.InvariantCulture);
}
