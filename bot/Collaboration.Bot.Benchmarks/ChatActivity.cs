using System.Globalization;
using System.Text.Json.Nodes;

namespace Collaboration.Bot.Benchmarks;

/// <summary>A chat message as Teams posts it to the bot from a group chat, for the moderator's commands.</summary>
internal static class ChatActivity
{
    public const string TenantId = "72f988bf-0000-0000-0000-00000000bench";

    public static JsonObject Message(string serviceUrl, string conversationId, string userId, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:" + userId, ["name"] = "Moderation", ["aadObjectId"] = userId },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Forum-Bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "groupChat", ["tenantId"] = TenantId, ["isGroup"] = true },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["locale"] = "de-DE",
        ["text"] = text,
        ["textFormat"] = "plain",
    };
}
