using System.Text;

namespace Collaboration.Bot.Commands;

/// <summary>
/// Turns chat text into a command by matching the longest spelling in <see cref="CommandCatalog"/> at the start.
/// Case, extra spaces, a leading slash and ASCII spellings of umlauts (schliessen, oeffnen) are accepted.
/// </summary>
public static class CommandParser
{
    private static readonly (string Spelling, CommandDefinition Definition)[] Spellings =
        [.. CommandCatalog.All.SelectMany(d => d.Spellings.Select(s => (Fold(s), d))).OrderByDescending(p => p.Item1.Length)];

    public static CommandParse Parse(string? text)
    {
        var folded = Fold(text ?? string.Empty).TrimStart('/');
        if (folded.Length == 0)
        {
            return CommandParse.Empty;
        }

        foreach (var (spelling, definition) in Spellings)
        {
            if (!folded.StartsWith(spelling, StringComparison.Ordinal) || (folded.Length > spelling.Length && folded[spelling.Length] != ' '))
            {
                continue;
            }

            var argument = folded[spelling.Length..].Trim();
            return Check(definition, argument.Length == 0 ? null : argument);
        }

        return CommandParse.Unknown(folded);
    }

    private static CommandParse Check(CommandDefinition definition, string? argument)
    {
        switch (definition.Argument)
        {
            case ArgumentKind.None when argument is not null:
            case ArgumentKind.RequiredText when argument is null:
            case ArgumentKind.RequiredForumNumber when !IsForumNumber(argument):
            case ArgumentKind.OptionalForumNumber when argument is not null && !IsForumNumber(argument):
                return CommandParse.BadArgument(definition);
            default:
                return CommandParse.Of(new BotCommand(definition.Kind, argument));
        }
    }

    private static bool IsForumNumber(string? argument) =>
        int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100;

    /// <summary>Lower-case, single spaces, umlauts and ß spelled out, so "Forum  Schliessen" and "forum schließen" match.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => c.ToString(),
            });
        }

        return builder.ToString().TrimEnd();
    }
}
