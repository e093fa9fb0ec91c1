namespace Collaboration.Bot.Commands;

/// <summary>The parser's verdict: a command, an unknown text, or a known command with an argument that does not fit.</summary>
public sealed record CommandParse(BotCommand? Command, CommandDefinition? Misused, string? UnknownText)
{
    public static CommandParse Empty { get; } = new(null, null, null);

    public static CommandParse Of(BotCommand command) => new(command, null, null);

    public static CommandParse BadArgument(CommandDefinition definition) => new(null, definition, null);

    public static CommandParse Unknown(string text) => new(null, null, text);
}
