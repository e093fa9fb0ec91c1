namespace Collaboration.Bot.Commands;

/// <summary>How a command is spelled in German and English, and what its argument is.</summary>
public sealed record CommandDefinition(CommandKind Kind, string German, string English, ArgumentKind Argument, bool ModeratorOnly)
{
    public IEnumerable<string> Spellings => [German, English];
}

public enum ArgumentKind
{
    None,
    OptionalText,
    RequiredText,
    OptionalForumNumber,
    RequiredForumNumber,
}
