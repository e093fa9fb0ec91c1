using Collaboration.Bot.Commands;

namespace Collaboration.Manifest.Tests;

/// <summary>The manifest's command menu must offer what the bot's parser understands, in both languages.</summary>
public sealed class CommandMenuTests
{
    /// <summary>
    /// The catalog has 19 commands and Teams' menu shows 10. Three take a forum number, which a menu entry
    /// cannot carry, and the moderation card ("moderation") has a button for each of them on every forum;
    /// "vorlagen" is the least used, and the form behind "serie anlegen" lists the templates anyway; "archiv" is
    /// for the rare failed archive job; "privat" and "erinnern" need a question's short name and are buttons on the
    /// moderation card; "meine daten" and "daten löschen" belong in the personal chat only, where help lists them.
    /// manifest/README.md names the same nine.
    /// </summary>
    private static readonly CommandKind[] LeftOutOfMenu = [CommandKind.Templates, CommandKind.StartForum, CommandKind.CloseForum, CommandKind.CarryOver, CommandKind.Archive, CommandKind.FanOut, CommandKind.Remind,
        CommandKind.MyData, CommandKind.DeleteMyData];

    private static IReadOnlyList<CommandDefinition> MenuCommands =>
        [.. CommandCatalog.All.Where(c => !LeftOutOfMenu.Contains(c.Kind))];

    [Fact]
    public void Menu_lists_the_catalog_commands_in_catalog_order_less_the_ones_left_out_on_purpose()
    {
        Assert.Equal(TeamsRules.MaxCommandsPerList, MenuCommands.Count);
        Assert.Equal(CommandCatalog.All.Count, MenuCommands.Count + LeftOutOfMenu.Length);
    }

    [Fact]
    public async Task German_menu_entries_are_the_catalog_spellings_with_the_German_resource_descriptions()
    {
        var commands = (await Template())["bots"]![0]!["commandLists"]!.AsArray();
        var german = Sources.BotStrings("Strings.resx");

        Assert.Single(commands);
        Assert.Equal(["personal", "team", "groupChat"], commands[0]!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(
            MenuCommands.Select(c => (c.German, german[$"Command.{c.Kind}"])),
            commands[0]!["commands"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["description"]!)));
    }

    [Fact]
    public async Task English_localisation_entries_are_the_catalog_spellings_with_the_English_resource_descriptions()
    {
        var localisation = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Sources.Manifest.AppDirectory, "en.json")))!.AsObject();
        var english = Sources.BotStrings("Strings.en.resx");

        var expected = MenuCommands.SelectMany((c, i) => new[]
        {
            ($"bots[0].commandLists[0].commands[{i}].title", c.English),
            ($"bots[0].commandLists[0].commands[{i}].description", english[$"Command.{c.Kind}"]),
        });
        var actual = localisation.Where(p => p.Key.StartsWith("bots[", StringComparison.Ordinal)).Select(p => (p.Key, (string)p.Value!));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Every_menu_text_fits_the_limits_Teams_shows()
    {
        var template = await Template();
        var localisation = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Sources.Manifest.AppDirectory, "en.json")))!.AsObject();

        Assert.DoesNotContain(TeamsRules.CheckManifest(template, "{{BOT_HOST}}"), p => p.Contains("command", StringComparison.Ordinal));
        Assert.Empty(TeamsRules.CheckLocalisation("en.json", localisation, template));
    }

    private static async Task<JsonNode> Template() =>
        JsonNode.Parse(await File.ReadAllTextAsync(Sources.Manifest.TemplatePath))!;
}
