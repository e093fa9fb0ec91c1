using System.Text.Json.Nodes;

namespace Collaboration.Forums.Privacy;

/// <summary>
/// A stored conversation reference (the bot's JSON, otherwise opaque here) names the user who spoke when it was
/// stored. Posting into the conversation later needs only the conversation, the service URL and the bot, so an
/// erasure removes the user part and leaves the rest working.
/// </summary>
public static class ConversationReferences
{
    public static string WithoutUser(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (JsonNode.Parse(reference) is not JsonObject json)
        {
            return reference;
        }

        foreach (var name in json.Select(p => p.Key).Where(k => string.Equals(k, "user", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            json.Remove(name);
        }

        return json.ToJsonString();
    }
}
