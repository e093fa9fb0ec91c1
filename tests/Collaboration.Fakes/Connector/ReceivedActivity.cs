namespace Collaboration.Fakes.Connector;

/// <summary>Which Connector API call brought an activity to the fake.</summary>
public enum ConnectorOperation
{
    /// <summary><c>POST /v3/conversations/{id}/activities</c></summary>
    Send,

    /// <summary><c>POST /v3/conversations/{id}/activities/{activityId}</c></summary>
    Reply,

    /// <summary><c>PUT /v3/conversations/{id}/activities/{activityId}</c></summary>
    Update,

    /// <summary><c>DELETE /v3/conversations/{id}/activities/{activityId}</c>; the activity is the deleted one.</summary>
    Delete,

    /// <summary>The initial activity of <c>POST /v3/conversations</c>.</summary>
    CreateConversation,
}

/// <summary>An activity as the bot put it on the wire, with the ids the fake answered.</summary>
/// <param name="Operation">The API call.</param>
/// <param name="ConversationId">Conversation from the URL (or the one created).</param>
/// <param name="ActivityId">The id returned to the bot, or the id from the URL for updates and deletes.</param>
/// <param name="Activity">The raw JSON body.</param>
public sealed record ReceivedActivity(
    ConnectorOperation Operation,
    string ConversationId,
    string ActivityId,
    JsonElement Activity)
{
    /// <summary>The <c>type</c> property of the activity (message, typing, ...), or empty.</summary>
    public string Type => Property("type");

    /// <summary>The <c>text</c> property of the activity, or empty.</summary>
    public string Text => Property("text");

    private string Property(string name) =>
        Activity.ValueKind == JsonValueKind.Object
        && Activity.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? string.Empty
            : string.Empty;
}
