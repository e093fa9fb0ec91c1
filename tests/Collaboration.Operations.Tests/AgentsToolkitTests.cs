using System.IO.Compression;
using Collaboration.Fakes.Processes;

namespace Collaboration.Operations.Tests;

/// <summary>
/// The Microsoft 365 Agents Toolkit layout (m365agents.yml, m365agents.local.yml, env/) checked without signing in:
/// the project files against the schema the toolkit ships, and the package the repository's packager builds (the
/// toolkit's provision stage runs the same command) through the toolkit CLI's own manifest validation.
/// </summary>
public sealed class AgentsToolkitTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("collaboration-atk-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Project_files_match_the_toolkits_yaml_schema()
    {
        var run = await NodeChecks.CheckAsync(
            "agents-yml", Path.Combine(NodeChecks.Root, "m365agents.yml"), Path.Combine(NodeChecks.Root, "m365agents.local.yml"));

        Assert.True(run.Succeeded, run.Output);
    }

    [Fact]
    public async Task Schema_check_reports_an_action_without_its_required_settings()
    {
        // The check above must be able to fail: teamsApp/update without the package to upload.
        var broken = Path.Combine(_work, "m365agents.yml");
        var text = await File.ReadAllTextAsync(Path.Combine(NodeChecks.Root, "m365agents.yml"));
        var update = text.IndexOf("  - uses: teamsApp/update", StringComparison.Ordinal);
        await File.WriteAllTextAsync(broken, text[..update] + "  - uses: teamsApp/update\n    with: {}\n");

        var run = await NodeChecks.CheckAsync("agents-yml", broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("appPackagePath", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toolkit_cli_accepts_the_manifest_of_the_package_that_provision_builds()
    {
        var manifest = await PackageAsync();

        var run = await NodeChecks.AtkAsync("validate", "--manifest-file", manifest, "--folder", NodeChecks.Root, "--env", "dev");

        Assert.True(run.Succeeded, run.Output);
        Assert.Contains("All passed", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("(✖)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toolkit_cli_refuses_a_manifest_without_its_version()
    {
        var manifest = await PackageAsync();
        var text = await File.ReadAllTextAsync(manifest);
        await File.WriteAllTextAsync(manifest, text.Replace("\"version\": \"1.0.0\",", string.Empty, StringComparison.Ordinal));

        var run = await NodeChecks.AtkAsync("validate", "--manifest-file", manifest, "--folder", NodeChecks.Root, "--env", "dev");

        Assert.Contains("Invalid value for key \"version\"", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Runs the packager as m365agents.yml does and unpacks the zip; returns the filled manifest.json.</summary>
    private async Task<string> PackageAsync()
    {
        var zip = Path.Combine(_work, "appPackage.dev.zip");
        var packager = BuiltOutput.Locate("manifest/Collaboration.Manifest", "Collaboration.Manifest");
        var run = await ExternalProcess.RunAsync(
            "dotnet",
            [packager, "package", "--app-id", "6f1c2a3b-1111-4222-8333-944445555666", "--host", "forum.musterkreis.example",
             "--version", "1.0.0", "--output", zip, "--source", Path.Combine(NodeChecks.Root, "manifest")],
            CancellationToken.None);
        Assert.True(run.Succeeded, run.Output);

        var folder = Path.Combine(_work, "appPackage");
        ZipFile.ExtractToDirectory(zip, folder);
        return Path.Combine(folder, "manifest.json");
    }
}
