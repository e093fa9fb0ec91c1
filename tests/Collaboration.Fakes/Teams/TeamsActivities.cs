using System.Text.Json.Nodes;

namespace Collaboration.Fakes.Teams;

/// <summary>
/// Builds activities as Teams posts them to a bot for one group chat (or personal chat): messages, messages that
/// @mention the bot (Teams delivers only those from group chats), the <c>adaptiveCard/action</c> invokes that an
/// Action.Execute button sends (the card's inputs merged into the action's data), and file consent answers.
/// </summary>
public sealed class TeamsActivities(string serviceUrl, string conversationId, string locale = "de-DE", bool personal = false, string tenantId = TeamsActivities.TenantId)
{
    public const string TenantId = "72f988bf-0000-0000-0000-000000000001";
    public const string BotId = "28:bot";
    public const string BotName = "Forum-Bot";

    public string ConversationId { get; } = conversationId;

    public TeamsActivities InLocale(string otherLocale) => new(serviceUrl, ConversationId, otherLocale, personal, tenantId);

    /// <summary>What Teams sends when <paramref name="from"/> presses Allow or Decline on a file consent card.</summary>
    /// <param name="action">"accept" or "decline".</param>
    /// <param name="context">The card's acceptContext or declineContext, or anything a forger would send.</param>
    /// <param name="uploadInfo">Only for accept: name, uploadUrl, contentUrl, uniqueId, fileType.</param>
    public JsonObject FileConsent(TeamsUser from, string action, JsonNode? context, JsonObject? uploadInfo)
    {
        var activity = Base("invoke", from);
        activity["name"] = "fileConsent/invoke";
        var value = new JsonObject { ["type"] = "fileUpload", ["action"] = action, ["context"] = context?.DeepClone() };
        if (uploadInfo is not null)
        {
            value["uploadInfo"] = uploadInfo;
        }

        activity["value"] = value;
        return activity;
    }

    public JsonObject Message(TeamsUser from, string text)
    {
        var activity = Base("message", from);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>A message that @mentions the bot before <paramref name="command"/>, as a group chat sends it.</summary>
    public JsonObject Mention(TeamsUser from, string command)
    {
        var mention = $"<at>{BotName}</at>";
        var activity = Message(from, mention + " " + command);
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = mention,
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        });
        return activity;
    }

    /// <summary>What Teams sends when <paramref name="from"/> presses an Action.Execute button (inputs merged into data).</summary>
    public JsonObject Execute(TeamsUser from, string verb, JsonObject data) =>
        Invoke(from, new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        });

    /// <summary>An <c>adaptiveCard/action</c> invoke with any value, also one Teams would never send.</summary>
    public JsonObject Invoke(TeamsUser from, JsonNode? value)
    {
        var activity = Base("invoke", from);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = value;
        return activity;
    }

    private JsonObject Base(string type, TeamsUser from) => new()
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
            ["conversationType"] = personal ? "personal" : "groupChat",
            ["tenantId"] = tenantId,
            ["isGroup"] = !personal,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        ["locale"] = locale,
    };
}
