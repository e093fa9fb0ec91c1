using System.CommandLine;
using Collaboration.Manifest.Packaging;
using Collaboration.Manifest.Validation;

namespace Collaboration.Manifest;

/// <summary>
/// The command line: "package" writes the Teams app zip, "icons" draws the app's and the add-in's icons into manifest/app.
/// Every value can come from an option or, for deployments, from the environment variable named beside it.
/// </summary>
internal static class ManifestCli
{
    public static RootCommand Build(Func<string, string?> environment, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Builds the Microsoft Teams app package of the forum bot.");
        root.Subcommands.Add(PackageCommand(environment, output, error));
        root.Subcommands.Add(IconsCommand(output));
        return root;
    }

    private static Command PackageCommand(Func<string, string?> environment, TextWriter output, TextWriter error)
    {
        var appId = new Option<string?>("--app-id") { Description = "The bot's Entra app (client) ID, a GUID. Env: BOT_APP_ID" };
        var host = new Option<string?>("--host") { Description = "The bot's public host, e.g. forum-bot.example.org or https://forum-bot.example.org (https only); the messaging endpoint is https://<host>/api/messages, the tabs https://<host>/tab/..., the single sign-on resource api://<host>/<app id>. Env: BOT_HOST" };
        var teamsAppId = new Option<string?>("--teams-app-id") { Description = "The Teams app's own id (GUID). Default: the bot's app id. Env: TEAMS_APP_ID" };
        var version = new Option<string?>("--version") { Description = "The app version, MAJOR.MINOR.PATCH; raise it for every upload of a changed package. Default: 1.0.0. Env: APP_VERSION" };
        var developer = new Option<string?>("--developer-name") { Description = "The publisher shown in Teams (at most 32 characters). Env: DEVELOPER_NAME" };
        var website = new Option<string?>("--website-url") { Description = "The publisher's website. Default: https://<host>/. Env: DEVELOPER_WEBSITE_URL" };
        var privacy = new Option<string?>("--privacy-url") { Description = "The privacy statement. Default: https://<host>/privacy. Env: PRIVACY_URL" };
        var terms = new Option<string?>("--terms-url") { Description = "The terms of use. Default: https://<host>/terms. Env: TERMS_OF_USE_URL" };
        var outputPath = new Option<FileInfo>("--output", "-o") { Description = "Where to write the zip.", DefaultValueFactory = _ => new FileInfo("forum-bot-teams-app.zip") };
        var sourceOption = new Option<DirectoryInfo?>("--source") { Description = "The manifest/ folder. Default: found above the tool or the working directory." };

        var command = new Command("package", "Fills the manifest template, validates it against Microsoft's schema and Teams' rules, and writes the app package zip.")
        {
            appId, host, teamsAppId, version, developer, website, privacy, terms, outputPath, sourceOption,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            string? Value(Option<string?> option, string variable) =>
                result.GetValue(option) is { Length: > 0 } given ? given : environment(variable) is { Length: > 0 } set ? set : null;

            var botAppId = Value(appId, "BOT_APP_ID");
            var botHost = Value(host, "BOT_HOST");
            if (botAppId is null || botHost is null)
            {
                await error.WriteLineAsync(
                    "The bot's app id and host are needed: pass --app-id and --host, or set BOT_APP_ID and BOT_HOST.");
                return 2;
            }

            var source = FindSource(result.GetValue(sourceOption));
            var zip = result.GetValue(outputPath)!;
            try
            {
                var hostName = PublicHost.Parse(botHost);
                var settings = new PackageSettings(
                    BotAppId: botAppId,
                    TeamsAppId: Value(teamsAppId, "TEAMS_APP_ID") ?? botAppId,
                    Host: hostName,
                    AppVersion: Value(version, "APP_VERSION") ?? "1.0.0",
                    DeveloperName: Value(developer, "DEVELOPER_NAME") ?? "Forum-Bot",
                    WebsiteUrl: Value(website, "DEVELOPER_WEBSITE_URL") ?? $"https://{hostName}/",
                    PrivacyUrl: Value(privacy, "PRIVACY_URL") ?? $"https://{hostName}/privacy",
                    TermsOfUseUrl: Value(terms, "TERMS_OF_USE_URL") ?? $"https://{hostName}/terms");
                var packager = new AppPackager(source, new SchemaValidator(source, output));
                var files = await packager.PackAsync(settings, zip.FullName, cancellationToken);
                await output.WriteLineAsync($"Wrote {zip.FullName} ({string.Join(", ", files)}); manifest {ManifestInfo.ManifestVersion}, bot {settings.BotAppId}, endpoint {settings.PublicBaseUrl}/api/messages, tab {settings.PublicBaseUrl}/tab/config, single sign-on resource {settings.SingleSignOnResource}");
                return 0;
            }
            catch (PackagingRefusedException e)
            {
                await error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static Command IconsCommand(TextWriter output)
    {
        var target = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write color.png, outline.png and the add-in's addin-<size>.png. Default: manifest/app." };
        var command = new Command("icons", "Draws the 192x192 colour icon, the 32x32 white-on-transparent outline icon and the Office add-in's ribbon icons (16, 32, 80).") { target };
        command.SetAction(async (result, cancellationToken) =>
        {
            var directory = result.GetValue(target)?.FullName ?? FindSource(null).AppDirectory;
            Directory.CreateDirectory(directory);
            var ribbon = IconArtist.RibbonSizes.Select(size => (IconArtist.RibbonFileName(size), IconArtist.DrawRibbon(size)));
            foreach (var (name, image) in new[] { ("color.png", IconArtist.DrawColor()), ("outline.png", IconArtist.DrawOutline()) }.Concat(ribbon))
            {
                var path = Path.Combine(directory, name);
                await using (var stream = File.Create(path))
                {
                    PngCodec.Write(image, stream);
                }

                await output.WriteLineAsync($"Wrote {path} ({image.Width}x{image.Height})");
            }

            return 0;
        });
        return command;
    }

    private static ManifestSource FindSource(DirectoryInfo? given) =>
        given is not null ? new ManifestSource(given.FullName) : TryFind(AppContext.BaseDirectory) ?? ManifestSource.Find(Directory.GetCurrentDirectory());

    private static ManifestSource? TryFind(string start)
    {
        try
        {
            return ManifestSource.Find(start);
        }
        catch (DirectoryNotFoundException)
        {
            return null; // the working directory is the next place to look; Find there says what is missing
        }
    }
}
