namespace Collaboration.Bot.Commands;

/// <summary>
/// Every chat command in one table. The help card, the parser and the Teams manifest's command list all read it,
/// so what the bot understands and what it advertises cannot drift apart.
/// </summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new(CommandKind.Help, "hilfe", "help", ArgumentKind.None, ModeratorOnly: false),
        new(CommandKind.Status, "status", "status", ArgumentKind.None, ModeratorOnly: false),
        new(CommandKind.Join, "anmelden", "join", ArgumentKind.None, ModeratorOnly: false),
        new(CommandKind.Results, "ergebnisse", "results", ArgumentKind.OptionalText, ModeratorOnly: false),
        new(CommandKind.Templates, "vorlagen", "templates", ArgumentKind.None, ModeratorOnly: false),
        new(CommandKind.CreateSeries, "serie anlegen", "create series", ArgumentKind.OptionalText, ModeratorOnly: false),
        new(CommandKind.StartForum, "forum starten", "start forum", ArgumentKind.RequiredForumNumber, ModeratorOnly: true),
        new(CommandKind.CloseForum, "forum schließen", "close forum", ArgumentKind.RequiredForumNumber, ModeratorOnly: true),
        new(CommandKind.OpenItem, "frage öffnen", "open item", ArgumentKind.RequiredText, ModeratorOnly: true),
        new(CommandKind.CloseItem, "frage schließen", "close item", ArgumentKind.RequiredText, ModeratorOnly: true),
        new(CommandKind.CarryOver, "übertragen", "carry over", ArgumentKind.RequiredForumNumber, ModeratorOnly: true),
        new(CommandKind.AddItem, "frage hinzufügen", "add item", ArgumentKind.OptionalForumNumber, ModeratorOnly: true),
        new(CommandKind.Moderate, "moderation", "moderate", ArgumentKind.None, ModeratorOnly: true),
        new(CommandKind.Report, "bericht", "report", ArgumentKind.None, ModeratorOnly: true),
        new(CommandKind.Archive, "archiv", "archive", ArgumentKind.OptionalForumNumber, ModeratorOnly: true),
        new(CommandKind.FanOut, "privat", "private", ArgumentKind.RequiredText, ModeratorOnly: true),
        new(CommandKind.Remind, "erinnern", "remind", ArgumentKind.RequiredText, ModeratorOnly: true),
        new(CommandKind.MyData, "meine daten", "my data", ArgumentKind.OptionalText, ModeratorOnly: false),
        new(CommandKind.DeleteMyData, "daten löschen", "delete my data", ArgumentKind.OptionalText, ModeratorOnly: false),
    ];

    public static CommandDefinition Get(CommandKind kind) => All.First(c => c.Kind == kind);
}
