namespace Collaboration.Manifest.Tests;

public sealed class PackageTests
{
    [Fact]
    public async Task Package_holds_exactly_the_manifest_the_localisation_and_the_two_icons_at_its_root()
    {
        using var temp = new TempDirectory();
        var zipPath = temp.File("app.zip");

        await Sources.Packager().PackAsync(Sources.Settings(), zipPath, CancellationToken.None);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Package_fills_the_app_id_host_and_publisher_urls_and_leaves_no_placeholder()
    {
        using var temp = new TempDirectory();
        var zipPath = temp.File("app.zip");

        await Sources.Packager().PackAsync(Sources.Settings(), zipPath, CancellationToken.None);

        var manifest = Sources.ReadEntry(zipPath, "manifest.json");
        Assert.Equal(Sources.AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(Sources.AppId, (string?)manifest["id"]);
        Assert.Equal([Sources.Host], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.Equal("https://www.example.org/datenschutz", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("https://www.example.org/nutzungsbedingungen", (string?)manifest["developer"]!["termsOfUseUrl"]);
        Assert.Empty(ManifestTemplate.Unfilled(manifest));
        Assert.Empty(ManifestTemplate.Unfilled(Sources.ReadEntry(zipPath, "en.json")));
    }

    [Fact]
    public async Task Packaged_manifest_and_localisation_validate_against_the_official_schemas()
    {
        using var temp = new TempDirectory();
        var zipPath = temp.File("app.zip");
        await Sources.Packager().PackAsync(Sources.Settings(), zipPath, CancellationToken.None);
        ZipFile.ExtractToDirectory(zipPath, temp.File("unzipped"));

        var problems = await Sources.Validator.ValidateAsync(
            temp.File("unzipped/manifest.json"), [temp.File("unzipped/en.json")], CancellationToken.None);

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Manifest_uses_the_chosen_GA_schema_version_and_German_by_default()
    {
        var template = JsonNode.Parse(await File.ReadAllTextAsync(Sources.Manifest.TemplatePath, CancellationToken.None))!;

        Assert.Equal(ManifestInfo.ManifestVersion, (string?)template["manifestVersion"]);
        Assert.Equal(
            $"https://developer.microsoft.com/json-schemas/teams/v{ManifestInfo.ManifestVersion}/MicrosoftTeams.schema.json",
            (string?)template["$schema"]);
        Assert.Equal("de-DE", (string?)template["localizationInfo"]!["defaultLanguageTag"]);
        Assert.Equal(["personal", "team", "groupChat"], template["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
    }

    [Fact]
    public async Task Localisation_without_its_required_texts_fails_the_official_localisation_schema()
    {
        using var temp = new TempDirectory();
        await Sources.Packager().PackAsync(Sources.Settings(), temp.File("app.zip"), CancellationToken.None);
        ZipFile.ExtractToDirectory(temp.File("app.zip"), temp.File("unzipped"));
        await File.WriteAllTextAsync(temp.File("unzipped/en.json"), """{ "name.short": "Forum bot" }""", CancellationToken.None);

        var problems = await Sources.Validator.ValidateAsync(
            temp.File("unzipped/manifest.json"), [temp.File("unzipped/en.json")], CancellationToken.None);

        Assert.Contains(problems, p => p.Contains("en.json", StringComparison.Ordinal) && p.Contains("description.short", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("description.full", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_app_id_is_refused_with_the_schema_error_and_no_zip_is_written()
    {
        using var temp = new TempDirectory();
        var zipPath = temp.File("app.zip");

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager().PackAsync(Sources.Settings(appId: "my-bot"), zipPath, CancellationToken.None));

        Assert.StartsWith("The app package was not written: it does not validate against the official Teams app manifest schema", refused.Message, StringComparison.Ordinal);
        Assert.Contains("/bots/0/botId must match pattern", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task Command_title_longer_than_the_menu_shows_is_refused()
    {
        using var temp = new TempDirectory();
        var source = await Sources.CopyOfManifestWithAsync(
            temp.File("manifest"), template => template["bots"]![0]!["commandLists"]![0]!["commands"]![0]!["title"] = new string('x', 33));

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager(source).PackAsync(Sources.Settings(), temp.File("app.zip"), CancellationToken.None));

        Assert.Contains("it breaks Teams' rules", refused.Message, StringComparison.Ordinal);
        Assert.Contains("commands[0].title has 33 characters, Teams shows at most 32", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outline_icon_with_a_coloured_pixel_is_refused()
    {
        using var temp = new TempDirectory();
        var source = Sources.CopyOfManifest(temp.File("manifest"));
        var outline = Icons.IconArtist.DrawOutline();
        outline.Rgba[((5 * 32) + 2) * 4] = 0; // red off: one white pixel of the bubble turns cyan
        await using (var stream = File.Create(Path.Combine(source.AppDirectory, "outline.png")))
        {
            Icons.PngCodec.Write(outline, stream);
        }

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager(source).PackAsync(Sources.Settings(), temp.File("app.zip"), CancellationToken.None));

        Assert.Contains("outline.png has 1 pixel(s) that are neither white nor fully transparent", refused.Message, StringComparison.Ordinal);
    }
}
