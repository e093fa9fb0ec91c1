using System.Xml.Linq;

namespace Collaboration.Manifest.Tests;

/// <summary>The repository's real manifest folder and bot resources, and a packager over them.</summary>
internal static class Sources
{
    public const string AppId = "0b5c1f2e-1234-4cde-9abc-0123456789ab";
    public const string Host = "forum-bot.example.org";

    public static ManifestSource Manifest { get; } = ManifestSource.Find(AppContext.BaseDirectory);

    public static string RepositoryRoot => Path.GetDirectoryName(Manifest.Directory)!;

    public static PackageSettings Settings(string appId = AppId, string host = Host) => new(
        BotAppId: appId,
        TeamsAppId: appId,
        Host: host,
        AppVersion: "1.2.3",
        DeveloperName: "Beispiel GmbH",
        WebsiteUrl: "https://www.example.org/",
        PrivacyUrl: "https://www.example.org/datenschutz",
        TermsOfUseUrl: "https://www.example.org/nutzungsbedingungen");

    public static AppPackager Packager(ManifestSource? source = null) =>
        new(source ?? Manifest, new SchemaValidator(source ?? Manifest, TextWriter.Null));

    public static SchemaValidator Validator => new(Manifest, TextWriter.Null);

    /// <summary>Packages <paramref name="source"/> (the real folder by default) and returns the manifest.json in the zip.</summary>
    public static async Task<JsonNode> PackagedManifestAsync(PackageSettings? settings = null, ManifestSource? source = null)
    {
        using var temp = new TempDirectory();
        var zipPath = temp.File("app.zip");
        await Packager(source).PackAsync(settings ?? Settings(), zipPath, CancellationToken.None);
        return ReadEntry(zipPath, "manifest.json");
    }

    public static JsonNode ReadEntry(string zipPath, string name)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return JsonNode.Parse(reader.ReadToEnd())!;
    }

    /// <summary>A copy of manifest/ whose template <paramref name="change"/> has edited, for a test that a rule refuses it.</summary>
    public static async Task<ManifestSource> CopyOfManifestWithAsync(string directory, Action<JsonNode> change)
    {
        var source = CopyOfManifest(directory);
        var template = JsonNode.Parse(await File.ReadAllTextAsync(source.TemplatePath, CancellationToken.None))!;
        change(template);
        await File.WriteAllTextAsync(source.TemplatePath, template.ToJsonString(), CancellationToken.None);
        return source;
    }

    /// <summary>The value of each "Command.*" entry of a bot resource file (Strings.resx German, Strings.en.resx English).</summary>
    public static IReadOnlyDictionary<string, string> BotStrings(string fileName) =>
        XDocument.Load(Path.Combine(RepositoryRoot, "bot", "Collaboration.Bot", "Localization", fileName))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    /// <summary>A copy of manifest/ (template, localisation, icons and validator) that a test may break.</summary>
    public static ManifestSource CopyOfManifest(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "app"));
        foreach (var file in Directory.GetFiles(Manifest.AppDirectory))
        {
            File.Copy(file, Path.Combine(directory, "app", Path.GetFileName(file)));
        }

        File.Copy(Manifest.ValidatorScript, Path.Combine(directory, "validate.js"));
        // The copy validates with the real folder's npm packages (installed by the first validation if missing).
        Directory.CreateSymbolicLink(Path.Combine(directory, "node_modules"), Path.Combine(Manifest.Directory, "node_modules"));
        return new ManifestSource(directory);
    }
}
