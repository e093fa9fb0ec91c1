using Collaboration.Bot.Commands;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>The command list, read from <see cref="CommandCatalog"/> so help never advertises what the bot does not understand.</summary>
internal static class HelpCards
{
    public static AdaptiveCard Create(BotText text, bool welcome = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spelling = (CommandDefinition c) => text.Language == Language.En ? c.English : c.German;
        var body = new List<CardElement> { CardParts.Title(text[welcome ? "Welcome.Title" : "Help.Title"]), new TextBlock(text["Help.Intro"]) };
        body.Add(CardParts.Heading(text["Help.Everyone"]));
        body.Add(new FactSet([.. CommandCatalog.All.Where(c => !c.ModeratorOnly).Select(c => new Fact(Usage(text, c, spelling(c)), text["Command." + c.Kind]))]));
        body.Add(CardParts.Heading(text["Help.Moderators"]));
        body.Add(new FactSet([.. CommandCatalog.All.Where(c => c.ModeratorOnly).Select(c => new Fact(Usage(text, c, spelling(c)), text["Command." + c.Kind]))]));
        return CardParts.Card(body, lang: text.LanguageTag);
    }

    public static string Usage(BotText text, CommandDefinition command, string spelling)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(command);
        return command.Argument switch
        {
            ArgumentKind.RequiredForumNumber => spelling + " 1",
            ArgumentKind.OptionalForumNumber => spelling + " [1]",
            ArgumentKind.RequiredText => spelling + " " + CardText.Escape(text["Help.Argument." + command.Kind]),
            ArgumentKind.OptionalText => spelling + " [" + CardText.Escape(text["Help.Argument." + command.Kind]) + "]",
            _ => spelling,
        };
    }
}
