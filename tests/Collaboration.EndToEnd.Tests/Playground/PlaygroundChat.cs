namespace Collaboration.EndToEnd.Tests.Playground;

/// <summary>A conversation of Playground/.m365agentsplayground.yml: its name in the chat list and its id.</summary>
internal sealed record PlaygroundChat(string Name, string ConversationId)
{
    public static PlaygroundChat ForumPreparation { get; } = new("Forum Vorbereitung", "group-chat-forum");
}
