using System.Net.Http.Headers;
using System.Text;

namespace Collaboration.Bot.Tests.Edge;

/// <summary>
/// A corpus of requests to /api/messages that Teams would never send, each with the answer it must get: a 4xx when
/// the request is no usable activity, or a handled 200 when it is one the bot can answer or ignore.
/// </summary>
internal static class MalformedActivities
{
    private static TeamsUser User { get; } = TeamsUser.Create("Mallory Malformed");

    public static IReadOnlyDictionary<string, (Func<TeamsActivities, HttpContent> Request, HttpStatusCode Expected)> All { get; } =
        new Dictionary<string, (Func<TeamsActivities, HttpContent>, HttpStatusCode)>(StringComparer.Ordinal)
        {
            ["not JSON"] = (_ => Raw("hallo bot"), HttpStatusCode.BadRequest),
            ["empty body"] = (_ => Raw(""), HttpStatusCode.BadRequest),
            ["JSON array"] = (chat => Raw($"[{Message(chat).ToJsonString()}]"), HttpStatusCode.BadRequest),
            ["JSON null"] = (_ => Raw("null"), HttpStatusCode.BadRequest),
            ["JSON string"] = (_ => Raw("\"message\""), HttpStatusCode.BadRequest),
            ["truncated JSON"] = (chat => Raw(Message(chat).ToJsonString()[..40]), HttpStatusCode.BadRequest),
            ["missing type"] = (chat => Json(Without(Message(chat), "type")), HttpStatusCode.BadRequest),
            ["type as object"] = (chat => Json(With(Message(chat), "type", new JsonObject())), HttpStatusCode.BadRequest),
            ["unknown type"] = (chat => Json(With(Message(chat), "type", "somethingNew")), HttpStatusCode.OK),
            ["missing conversation"] = (chat => Json(Without(Message(chat), "conversation")), HttpStatusCode.BadRequest),
            ["conversation as string"] = (chat => Json(With(Message(chat), "conversation", "19:abc")), HttpStatusCode.BadRequest),
            ["conversation without id"] = (chat => Json(With(Message(chat), "conversation", new JsonObject { ["conversationType"] = "groupChat" })), HttpStatusCode.BadRequest),
            ["missing from"] = (chat => Json(Without(Message(chat), "from")), HttpStatusCode.BadRequest),
            ["from without id"] = (chat => Json(With(Message(chat), "from", new JsonObject { ["name"] = "Eve" })), HttpStatusCode.BadRequest),
            ["missing serviceUrl"] = (chat => Json(Without(Message(chat), "serviceUrl")), HttpStatusCode.BadRequest),
            ["serviceUrl not a URL"] = (chat => Json(With(Message(chat), "serviceUrl", "not a url")), HttpStatusCode.BadRequest),
            ["serviceUrl file scheme"] = (chat => Json(With(Message(chat), "serviceUrl", "file:///etc/passwd")), HttpStatusCode.BadRequest),
            ["timestamp not a date"] = (chat => Json(With(Message(chat), "timestamp", "gestern")), HttpStatusCode.BadRequest),
            ["huge text"] = (chat => Json(With(Message(chat), "text", new string('x', 600 * 1024))), HttpStatusCode.RequestEntityTooLarge),
            ["text/plain content type"] = (chat => new StringContent(Message(chat).ToJsonString(), Encoding.UTF8, "text/plain"), HttpStatusCode.UnsupportedMediaType),
            ["no content type"] = (chat => NoContentType(Message(chat).ToJsonString()), HttpStatusCode.UnsupportedMediaType),
            ["form content type"] = (chat => new FormUrlEncodedContent([new("type", "message")]), HttpStatusCode.UnsupportedMediaType),
            ["message with null text"] = (chat => Json(With(Message(chat), "text", null)), HttpStatusCode.OK),
            ["message without text"] = (chat => Json(Without(Message(chat), "text")), HttpStatusCode.OK),
            ["message with only a mention"] = (chat => Json(With(chat.Mention(User, ""), "text", "<at>Forum-Bot</at>")), HttpStatusCode.OK),
            ["attachments as string"] = (chat => Json(With(Message(chat), "attachments", "garbage")), HttpStatusCode.BadRequest),
            ["attachments of numbers"] = (chat => Json(With(Message(chat), "attachments", new JsonArray(1, 2))), HttpStatusCode.BadRequest),
            ["attachment of nonsense"] = (chat => Json(With(Message(chat), "attachments", new JsonArray(new JsonObject { ["contentType"] = "x/y", ["content"] = "<script>" }))), HttpStatusCode.OK),
            ["mention entity of garbage"] = (chat => Json(With(Message(chat), "entities", new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = "x", ["text"] = 5 }))), HttpStatusCode.BadRequest),
            ["channelData as string"] = (chat => Json(With(Message(chat), "channelData", "garbage")), HttpStatusCode.BadRequest),
            ["tenant as number"] = (chat => Json(With(Message(chat), "channelData", new JsonObject { ["tenant"] = 5 })), HttpStatusCode.BadRequest),
            ["locale garbage"] = (chat => Json(With(Message(chat), "locale", "zz-!!-\u202e")), HttpStatusCode.OK),
            ["deeply nested value"] = (chat => Json(With(Message(chat), "value", Nested(200))), HttpStatusCode.BadRequest),
            ["invoke without name"] = (chat => Json(Without(chat.Invoke(User, Execute("status")), "name")), HttpStatusCode.BadRequest),
            ["invoke with unknown name"] = (chat => Json(With(chat.Invoke(User, Execute("status")), "name", "task/fetch/../../x")), HttpStatusCode.BadRequest),
            ["card action with value null"] = (chat => Json(chat.Invoke(User, null)), HttpStatusCode.BadRequest),
            ["card action with value string"] = (chat => Json(chat.Invoke(User, "answer")), HttpStatusCode.BadRequest),
            ["card action with value number"] = (chat => Json(chat.Invoke(User, 42)), HttpStatusCode.BadRequest),
            ["card action without action"] = (chat => Json(chat.Invoke(User, new JsonObject { ["trigger"] = "manual" })), HttpStatusCode.BadRequest),
            ["card action of type Action.Submit"] = (chat => Json(chat.Invoke(User, new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Submit", ["verb"] = "answer" } })), HttpStatusCode.BadRequest),
            ["card action with data as array"] = (chat => Json(chat.Invoke(User, Execute("answer", new JsonArray(1, 2)))), HttpStatusCode.BadRequest),
            ["card action with data as string"] = (chat => Json(chat.Invoke(User, Execute("answer", "itemId"))), HttpStatusCode.BadRequest),
            ["card action without verb"] = (chat => Json(chat.Invoke(User, new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject() } })), HttpStatusCode.OK),
            ["card action with unknown verb"] = (chat => Json(chat.Invoke(User, Execute("dropTables"))), HttpStatusCode.OK),
            ["card action with ids of nothing"] = (chat => Json(chat.Invoke(User, Execute("answer", new JsonObject { ["itemId"] = "../../etc", ["in.rating"] = new JsonArray() }))), HttpStatusCode.OK),
            ["file consent with garbage value"] = (chat => Json(chat.FileConsent(User, "accept", "x", new JsonObject { ["uploadUrl"] = 5 })), HttpStatusCode.OK),
            ["file consent with value string"] = (chat => Json(With(chat.FileConsent(User, "accept", null, null), "value", "accept")), HttpStatusCode.BadRequest),
            ["conversationUpdate without members"] = (chat => Json(With(Message(chat), "type", "conversationUpdate")), HttpStatusCode.OK),
            ["conversationUpdate with members as string"] = (chat => Json(With(With(Message(chat), "type", "conversationUpdate"), "membersAdded", "bot")), HttpStatusCode.BadRequest),
            ["conversationUpdate with member without id"] = (chat => Json(With(With(Message(chat), "type", "conversationUpdate"), "membersAdded", new JsonArray(new JsonObject()))), HttpStatusCode.BadRequest),
            ["messageReaction without reactions"] = (chat => Json(With(Message(chat), "type", "messageReaction")), HttpStatusCode.OK),
            ["event without name"] = (chat => Json(With(Message(chat), "type", "event")), HttpStatusCode.OK),
        };

    private static JsonObject Message(TeamsActivities chat) => chat.Message(User, "status");

    private static JsonObject Execute(string verb, JsonNode? data = null) =>
        new() { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? new JsonObject() } };

    private static JsonObject With(JsonObject activity, string key, JsonNode? value)
    {
        activity[key] = value;
        return activity;
    }

    private static JsonObject Without(JsonObject activity, string key)
    {
        activity.Remove(key);
        return activity;
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonObject();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonObject { ["a"] = node };
        }

        return node;
    }

    private static StringContent Json(JsonObject activity) => Raw(activity.ToJsonString());

    private static StringContent Raw(string body) => new(body, Encoding.UTF8, "application/json");

    private static ByteArrayContent NoContentType(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = null;
        return content;
    }
}
