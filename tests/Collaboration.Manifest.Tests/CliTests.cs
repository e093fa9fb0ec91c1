namespace Collaboration.Manifest.Tests;

public sealed class CliTests
{
    [Fact]
    public async Task Package_command_takes_app_id_and_host_from_BOT_APP_ID_and_BOT_HOST()
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string> { ["BOT_APP_ID"] = Sources.AppId, ["BOT_HOST"] = Sources.Host };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ManifestCli.Build(environment.GetValueOrDefault, output, error)
            .Parse(["package", "--source", Sources.Manifest.Directory, "--output", temp.File("app.zip")]).InvokeAsync();

        Assert.True(exitCode == 0, error.ToString());
        using var zip = ZipFile.OpenRead(temp.File("app.zip"));
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal(Sources.AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal($"https://{Sources.Host}/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Contains($"https://{Sources.Host}/api/messages", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_command_without_app_id_says_which_option_or_variable_to_set()
    {
        using var error = new StringWriter();

        var exitCode = await ManifestCli.Build(_ => null, TextWriter.Null, error)
            .Parse(["package", "--host", Sources.Host]).InvokeAsync();

        Assert.Equal(2, exitCode);
        Assert.Contains("--app-id", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("BOT_APP_ID", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_command_refuses_a_malformed_app_id_with_exit_code_1_and_the_reason()
    {
        using var temp = new TempDirectory();
        using var error = new StringWriter();

        var exitCode = await ManifestCli.Build(_ => null, TextWriter.Null, error)
            .Parse(["package", "--app-id", "not-a-guid", "--host", Sources.Host, "--source", Sources.Manifest.Directory, "--output", temp.File("app.zip")])
            .InvokeAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("does not validate against the official Teams app manifest schema", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("botId", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("app.zip")));
    }

    [Fact]
    public async Task Package_command_refuses_an_http_host_with_exit_code_1_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        using var error = new StringWriter();

        var exitCode = await ManifestCli.Build(_ => null, TextWriter.Null, error)
            .Parse(["package", "--app-id", Sources.AppId, "--host", "http://forum-bot.example.org", "--source", Sources.Manifest.Directory, "--output", temp.File("app.zip")])
            .InvokeAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("the bot's public host is not served over https", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("app.zip")));
    }

    [Fact]
    public async Task Package_command_reports_the_tab_page_and_the_single_sign_on_resource_it_packaged()
    {
        using var temp = new TempDirectory();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ManifestCli.Build(_ => null, output, error)
            .Parse(["package", "--app-id", Sources.AppId, "--host", $"https://{Sources.Host}", "--source", Sources.Manifest.Directory, "--output", temp.File("app.zip")])
            .InvokeAsync();

        Assert.True(exitCode == 0, error.ToString());
        Assert.Contains($"tab https://{Sources.Host}/tab/config", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"single sign-on resource api://{Sources.Host}/{Sources.AppId}", output.ToString(), StringComparison.Ordinal);
    }
}
