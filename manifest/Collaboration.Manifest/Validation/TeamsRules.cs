using System.Globalization;
using System.Text.RegularExpressions;

namespace Collaboration.Manifest.Validation;

/// <summary>
/// Teams' rules that the JSON schema does not (or no longer) state. Each returns problems, empty when all is well.
/// </summary>
internal static partial class TeamsRules
{
    /// <summary>
    /// Teams' "Create a commands menu" page: each command list shows at most 10 commands, a title of at most 32
    /// characters and a description of at most 128. Schema v1.29 is looser (12 commands, 128/4000 characters),
    /// but the menu itself does not show more, so the package keeps to the documented menu.
    /// </summary>
    public const int MaxCommandsPerList = 10;

    public const int MaxCommandTitleLength = 32;

    public const int MaxCommandDescriptionLength = 128;

    public static IEnumerable<string> CheckManifest(JsonNode manifest, string host)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest["manifestVersion"]?.GetValue<string>() is var version && version != ManifestInfo.ManifestVersion)
        {
            yield return $"manifestVersion is \"{version}\"; this package is built and validated for {ManifestInfo.ManifestVersion} (see manifest/README.md)";
        }

        if (manifest["version"]?.GetValue<string>() is not { } appVersion || !SemVer().IsMatch(appVersion))
        {
            yield return $"version \"{manifest["version"]}\" is not MAJOR.MINOR.PATCH, which Teams needs to tell app updates apart";
        }

        var domains = manifest["validDomains"]?.AsArray().Select(d => d?.GetValue<string>()).ToList() ?? [];
        if (!domains.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            yield return $"validDomains does not list the bot's host \"{host}\"";
        }

        foreach (var (path, text, limit) in CommandTexts(manifest))
        {
            if (text.Length > limit)
            {
                yield return $"{path} has {text.Length} characters, Teams shows at most {limit}: \"{text}\"";
            }
        }

        foreach (var (path, count) in CommandCounts(manifest))
        {
            if (count > MaxCommandsPerList)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{path} lists {count} commands, Teams' command menu shows at most {MaxCommandsPerList}");
            }
        }
    }

    public static IEnumerable<string> CheckLocalisation(string fileName, JsonObject localisation, JsonNode manifest)
    {
        ArgumentNullException.ThrowIfNull(localisation);
        ArgumentNullException.ThrowIfNull(manifest);
        foreach (var (key, value) in localisation)
        {
            var match = CommandKey().Match(key);
            if (!match.Success)
            {
                continue;
            }

            var list = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var command = manifest["bots"]?[0]?["commandLists"]?.AsArray().ElementAtOrDefault(list)?["commands"]?.AsArray().ElementAtOrDefault(index);
            if (command?[match.Groups[3].Value] is null)
            {
                yield return $"{fileName}: \"{key}\" translates nothing: the manifest has no such command text";
            }

            var limit = match.Groups[3].Value == "title" ? MaxCommandTitleLength : MaxCommandDescriptionLength;
            var text = value?.GetValue<string>() ?? string.Empty;
            if (text.Length > limit)
            {
                yield return $"{fileName}: \"{key}\" has {text.Length} characters, Teams shows at most {limit}: \"{text}\"";
            }
        }
    }

    public static IEnumerable<string> CheckColorIcon(string fileName, PngImage icon)
    {
        ArgumentNullException.ThrowIfNull(icon);
        if (icon.Width != IconArtist.ColorSize || icon.Height != IconArtist.ColorSize)
        {
            yield return $"{fileName} is {icon.Width}x{icon.Height}; Teams wants the colour icon at {IconArtist.ColorSize}x{IconArtist.ColorSize}";
        }
    }

    public static IEnumerable<string> CheckOutlineIcon(string fileName, PngImage icon)
    {
        ArgumentNullException.ThrowIfNull(icon);
        if (icon.Width != IconArtist.OutlineSize || icon.Height != IconArtist.OutlineSize)
        {
            yield return $"{fileName} is {icon.Width}x{icon.Height}; Teams wants the outline icon at {IconArtist.OutlineSize}x{IconArtist.OutlineSize}";
        }

        var coloured = icon.Pixels().Count(p => !p.IsTransparent && !p.IsWhite);
        if (coloured > 0)
        {
            yield return $"{fileName} has {coloured} pixel(s) that are neither white nor fully transparent; Teams wants a white outline on transparent";
        }

        if (icon.Pixels().All(p => p.IsTransparent))
        {
            yield return $"{fileName} is fully transparent";
        }
    }

    private static IEnumerable<(string Path, string Text, int Limit)> CommandTexts(JsonNode manifest)
    {
        foreach (var command in Commands(manifest))
        {
            if (command["title"] is { } title)
            {
                yield return (title.GetPath(), title.GetValue<string>(), MaxCommandTitleLength);
            }

            if (command["description"] is { } description)
            {
                yield return (description.GetPath(), description.GetValue<string>(), MaxCommandDescriptionLength);
            }
        }
    }

    private static IEnumerable<(string Path, int Count)> CommandCounts(JsonNode manifest) =>
        from bot in manifest["bots"]?.AsArray() ?? []
        from list in bot?["commandLists"]?.AsArray() ?? []
        let commands = list?["commands"]?.AsArray()
        where commands is not null
        select (commands.GetPath(), commands.Count);

    private static IEnumerable<JsonNode> Commands(JsonNode manifest) =>
        from bot in manifest["bots"]?.AsArray() ?? []
        from list in bot?["commandLists"]?.AsArray() ?? []
        from command in list?["commands"]?.AsArray() ?? []
        where command is not null
        select command;

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();

    [GeneratedRegex(@"^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$")]
    private static partial Regex CommandKey();
}
