namespace Collaboration.EndToEnd.Tests.Playground;

/// <summary>A conversation of Playground/.m365agentsplayground.yml: its name in the chat list and its id.</summary>
internal sealed record PlaygroundChat(string Name, string ConversationId)
{
    public static PlaygroundChat ForumPreparation { get; } = new("Forum Vorbereitung", "group-chat-forum");

    /// <summary>The current user's (Maria's) 1:1 chat with the bot; the Playground names it "Personal Chat" in its list.</summary>
    public static PlaygroundChat Personal { get; } = new("Personal Chat", "personal-chat-maria");
}
