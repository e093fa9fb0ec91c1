using System.Text.Json;
using System.Text.RegularExpressions;

namespace Collaboration.Operations.Tests;

/// <summary>
/// The two images' Dockerfiles: clean for the linter (dockerfile-utils), a final stage that runs as the non-root app
/// user with a health check and no secret, and the same user and port in the projects' SDK container settings.
/// </summary>
public sealed partial class DockerfileTests
{
    public static TheoryData<string, string> Images() => new()
    {
        { "bot/Collaboration.Bot/Dockerfile", "bot/Collaboration.Bot/Collaboration.Bot.csproj" },
        { "graph-sync/Collaboration.GraphSync.Host/Dockerfile", "graph-sync/Collaboration.GraphSync.Host/Collaboration.GraphSync.Host.csproj" },
    };

    [Fact]
    public async Task Dockerfiles_pass_the_linter_without_a_warning()
    {
        var run = await NodeChecks.CheckAsync("dockerfiles", [.. Images().Select(row => Path.Combine(NodeChecks.Root, (string)row[0]))]);

        Assert.True(run.Succeeded, run.Output);
    }

    [Fact]
    public async Task Linter_reports_a_Dockerfile_with_two_CMD_instructions()
    {
        // The check above must be able to fail: a second CMD in a stage is a warning, not an error, for Docker.
        var file = Path.Combine(Path.GetTempPath(), $"collaboration-{Guid.NewGuid():N}.Dockerfile");
        await File.WriteAllTextAsync(file, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCMD [\"a\"]\nCMD [\"b\"]\n");
        try
        {
            var run = await NodeChecks.CheckAsync("dockerfiles", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("only be one CMD", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [MemberData(nameof(Images))]
    public async Task Final_stage_runs_as_the_app_user_checks_health_and_bakes_in_no_secret(string dockerfile, string project)
    {
        _ = project;
        var text = await File.ReadAllTextAsync(Path.Combine(NodeChecks.Root, dockerfile));
        var finalStage = text[text.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];

        Assert.Matches(@"\nUSER 1654\n", finalStage);
        Assert.Matches(@"\nHEALTHCHECK [^\n]*\\\n[^\n]*/health/live", finalStage);
        Assert.Matches(@"\nEXPOSE 8080\n", finalStage);
        // No ENV or ARG anywhere names a password, secret, key or connection string: those come at run time.
        Assert.DoesNotMatch(SecretSetting(), text);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public async Task Project_container_settings_name_the_same_user_and_port_as_the_Dockerfile(string dockerfile, string project)
    {
        _ = dockerfile;
        var run = await ExternalProcess.RunAsync(
            "dotnet",
            ["msbuild", Path.Combine(NodeChecks.Root, project), "-getProperty:ContainerUser", "-getProperty:ContainerRepository", "-getItem:ContainerPort"],
            CancellationToken.None);
        Assert.True(run.Succeeded, run.Output);

        using var settings = JsonDocument.Parse(run.Output);
        Assert.Equal("1654", settings.RootElement.GetProperty("Properties").GetProperty("ContainerUser").GetString());
        Assert.StartsWith("collaboration/", settings.RootElement.GetProperty("Properties").GetProperty("ContainerRepository").GetString(), StringComparison.Ordinal);
        var port = Assert.Single(settings.RootElement.GetProperty("Items").GetProperty("ContainerPort").EnumerateArray());
        Assert.Equal("8080", port.GetProperty("Identity").GetString());
    }

    [Theory]
    [MemberData(nameof(Images))]
    public async Task Build_stage_copies_every_project_and_import_before_restoring_and_publishing(string dockerfile, string project)
    {
        var lines = (await File.ReadAllTextAsync(Path.Combine(NodeChecks.Root, dockerfile))).Split('\n');
        var restore = Array.FindIndex(lines, line => line.StartsWith("RUN dotnet restore", StringComparison.Ordinal));
        var publish = Array.FindIndex(lines, line => line.StartsWith("RUN dotnet publish", StringComparison.Ordinal));
        Assert.InRange(restore, 0, publish);

        // Restore evaluates every project file and what it imports; publish compiles every project's folder.
        var needed = Layout.ProjectClosure.Files(Path.Combine(NodeChecks.Root, project))
            .Select(file => Path.GetRelativePath(NodeChecks.Root, file).Replace('\\', '/'))
            .ToList();
        var missingAtRestore = needed.Where(file => !IsCopied(file, CopiedFrom(lines[..restore]))).ToList();
        var missingAtPublish = needed.Where(file => !IsCopied(Path.GetDirectoryName(file)!.Replace('\\', '/') + "/", CopiedFrom(lines[..publish]))).ToList();

        Assert.True(missingAtRestore.Count == 0, $"{dockerfile} restores without: {string.Join(", ", missingAtRestore)}");
        Assert.True(missingAtPublish.Count == 0, $"{dockerfile} publishes without the folders of: {string.Join(", ", missingAtPublish)}");
    }

    [Fact]
    public void Copy_check_sees_a_project_the_build_stage_leaves_out()
    {
        // The check above must be able to fail: a COPY of forums/ does not bring telemetry/.
        string[] lines = ["COPY forums/ forums/", "COPY global.json ./"];

        Assert.True(IsCopied("forums/Collaboration.Forums/Collaboration.Forums.csproj", CopiedFrom(lines)));
        Assert.True(IsCopied("global.json", CopiedFrom(lines)));
        Assert.False(IsCopied("telemetry/Collaboration.Telemetry/Collaboration.Telemetry.csproj", CopiedFrom(lines)));
    }

    // The sources of the build context's COPY lines (not those from another stage): files, or folders ending in "/".
    private static List<string> CopiedFrom(IEnumerable<string> lines) =>
        [.. lines.Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.StartsWith("COPY --from", StringComparison.Ordinal))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])];

    private static bool IsCopied(string path, List<string> sources) =>
        sources.Any(source => source.EndsWith('/') ? path.StartsWith(source, StringComparison.Ordinal) : path == source);

    [GeneratedRegex(@"(?im)^\s*(ENV|ARG)\s+[^\n]*(PASSWORD|SECRET|CONNECTIONSTRING|_KEY\b|__KEY\b)")]
    private static partial Regex SecretSetting();
}
