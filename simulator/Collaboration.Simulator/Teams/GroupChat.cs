using System.Globalization;
using System.Text.Json.Nodes;

namespace Collaboration.Simulator.Teams;

/// <summary>
/// Builds activities as Teams posts them for one group chat: messages that @mention the bot (Teams delivers only
/// those in group chats), and the <c>adaptiveCard/action</c> invokes an Action.Execute button sends, with the card's
/// inputs merged into the action's data.
/// </summary>
internal sealed class GroupChat(string serviceUrl, string conversationId, string locale = "de-DE")
{
    public const string TenantId = "5a1c0b7e-0000-4000-8000-00000000d15c";
    public const string BotId = "28:forum-bot";
    public const string BotName = "Forum-Bot";

    public string ConversationId { get; } = conversationId;

    public JsonObject Command(SimUser from, string command)
    {
        var mention = $"<at>{BotName}</at>";
        var activity = Base("message", from);
        activity["text"] = mention + " " + command;
        activity["textFormat"] = "plain";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = mention,
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        });
        return activity;
    }

    public JsonObject Execute(SimUser from, string verb, JsonObject data)
    {
        var activity = Base("invoke", from);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private JsonObject Base(string type, SimUser from) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject
        {
            ["id"] = ConversationId,
            ["conversationType"] = "groupChat",
            ["tenantId"] = TenantId,
            ["isGroup"] = true,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["locale"] = locale,
    };
}
