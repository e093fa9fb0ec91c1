namespace Collaboration.Bot.Commands;

/// <summary>A parsed chat command: what to do and its single optional argument (a forum number, item key or template).</summary>
public sealed record BotCommand(CommandKind Kind, string? Argument)
{
    public int? ForumNumber => int.TryParse(Argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
