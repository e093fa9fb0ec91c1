using Collaboration.Manifest.Icons;

namespace Collaboration.Manifest.Tests;

/// <summary>
/// The Office add-in in the Teams app package (the unified manifest's "extensions"): a task pane for PowerPoint and
/// Word opened from a button on the Home tab, with the API sets the pane uses, served only from the app's host.
/// </summary>
public sealed class AddinExtensionTests
{
    [Fact]
    public async Task The_extension_runs_in_PowerPoint_and_Word_with_the_API_sets_the_pane_needs()
    {
        var extension = (await Sources.PackagedManifestAsync())["extensions"]!.AsArray().Single()!;

        Assert.Equal(["presentation", "document"], Strings(extension["requirements"]!["scopes"]));
        var runtimes = extension["runtimes"]!.AsArray();
        // insertSlidesFromBase64 is PowerPointApi 1.2, slide tags 1.3, the current slide (getSelectedSlides) 1.5.
        Assert.Equal(("presentation", "PowerPointApi", "1.5"), Requirement(runtimes, "PowerPointPane"));
        // Ranges' and content controls' insertFileFromBase64, tags and delete are within WordApi 1.3.
        Assert.Equal(("document", "WordApi", "1.3"), Requirement(runtimes, "WordPane"));
        Assert.All(runtimes, r => Assert.Equal($"https://{Sources.Host}/addin/taskpane", (string?)r!["code"]!["page"]));
        Assert.All(runtimes, r => Assert.Equal("openPage", (string?)r!["actions"]![0]!["type"]));
    }

    [Fact]
    public async Task Each_host_gets_a_button_on_its_Home_tab_that_opens_its_pane_with_all_three_icon_sizes()
    {
        var extension = (await Sources.PackagedManifestAsync())["extensions"]!.AsArray().Single()!;
        var actions = extension["runtimes"]!.AsArray().ToDictionary(r => (string)r!["requirements"]!["scopes"]![0]!, r => (string)r!["actions"]![0]!["id"]!);

        var ribbons = extension["ribbons"]!.AsArray();

        Assert.Equal(["presentation", "document"], ribbons.Select(r => (string?)r!["requirements"]!["scopes"]![0]));
        foreach (var ribbon in ribbons)
        {
            var tab = ribbon!["tabs"]!.AsArray().Single()!;
            Assert.Equal("TabHome", (string?)tab["builtInTabId"]);
            var button = tab["groups"]![0]!["controls"]!.AsArray().Single()!;
            Assert.Equal("button", (string?)button["type"]);
            Assert.Equal(actions[(string)ribbon["requirements"]!["scopes"]![0]!], (string?)button["actionId"]);
            Assert.Equal([16, 32, 80], button["icons"]!.AsArray().Select(i => (int)i!["size"]!));
        }
    }

    [Fact]
    public async Task Every_URL_of_the_extension_is_https_on_the_apps_host()
    {
        var extension = (await Sources.PackagedManifestAsync())["extensions"]!;

        var urls = Strings(extension).Where(s => s.Contains("://", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.Equal(("https", Sources.Host), (new Uri(u).Scheme, new Uri(u).Host)));
        Assert.Contains($"https://{Sources.Host}/api/addin/icons/80.png", urls);
    }

    [Fact]
    public async Task The_English_localisation_names_the_button_and_the_German_manifest_too()
    {
        using var temp = new TempDirectory();
        var zip = temp.File("app.zip");
        await Sources.Packager().PackAsync(Sources.Settings(), zip, CancellationToken.None);
        var manifest = Sources.ReadEntry(zip, "manifest.json");
        var english = Sources.ReadEntry(zip, "en.json");

        for (var ribbon = 0; ribbon < 2; ribbon++)
        {
            var control = $"extensions[0].ribbons[{ribbon}].tabs[0].groups[0].controls[0]";
            Assert.Equal("Forenergebnisse", (string?)manifest["extensions"]![0]!["ribbons"]![ribbon]!["tabs"]![0]!["groups"]![0]!["controls"]![0]!["label"]);
            Assert.Equal("Forum results", (string?)english[control + ".label"]);
            Assert.Equal("Insert forum results", (string?)english[control + ".supertip.title"]);
        }
    }

    [Fact]
    public async Task A_pane_on_another_host_is_refused()
    {
        using var temp = new TempDirectory();
        var source = await Sources.CopyOfManifestWithAsync(
            temp.File("manifest"), template => template["extensions"]![0]!["runtimes"]![0]!["code"]!["page"] = "https://addins.example.com/taskpane");

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager(source).PackAsync(Sources.Settings(), temp.File("app.zip"), CancellationToken.None));

        Assert.Contains("is on addins.example.com, which validDomains does not list", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_whose_action_no_runtime_has_is_refused()
    {
        using var temp = new TempDirectory();
        var source = await Sources.CopyOfManifestWithAsync(
            temp.File("manifest"), template => template["extensions"]![0]!["ribbons"]![1]!["tabs"]![0]!["groups"]![0]!["controls"]![0]!["actionId"] = "OpenSomethingElse");

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager(source).PackAsync(Sources.Settings(), temp.File("app.zip"), CancellationToken.None));

        Assert.Contains("actionId \"OpenSomethingElse\" names no action", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(80)]
    public void The_committed_ribbon_icons_are_what_the_generator_draws_at_their_size(int size)
    {
        using var stream = File.OpenRead(Path.Combine(Sources.Manifest.AppDirectory, IconArtist.RibbonFileName(size)));
        var icon = PngCodec.Read(stream);

        Assert.Equal((size, size), (icon.Width, icon.Height));
        Assert.Equal(IconArtist.DrawRibbon(size).Rgba, icon.Rgba);
        Assert.Contains(icon.Pixels(), p => p.A == 255);
        Assert.Contains(icon.Pixels(), p => p.IsTransparent);
    }

    private static (string?, string?, string?) Requirement(JsonArray runtimes, string id)
    {
        var requirements = runtimes.Single(r => (string?)r!["id"] == id)!["requirements"]!;
        var capability = requirements["capabilities"]!.AsArray().Single()!;
        return ((string?)requirements["scopes"]!.AsArray().Single(), (string?)capability["name"], (string?)capability["minVersion"]);
    }

    private static List<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => [.. obj.SelectMany(p => Strings(p.Value))],
        JsonArray array => [.. array.SelectMany(Strings)],
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
