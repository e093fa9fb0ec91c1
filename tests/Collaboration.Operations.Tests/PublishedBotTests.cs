using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Collaboration.Fakes.Processes;

namespace Collaboration.Operations.Tests;

/// <summary>
/// The container's promise without a container engine: the published bot starts as the images' non-root user
/// (UID 1654) in Production, with its own files and HOME unwritable, writes only into its data folder, and answers
/// the health endpoint the HEALTHCHECK and the Container Apps probes ask.
/// </summary>
public sealed class PublishedBotTests : IAsyncLifetime
{
    /// <summary>The "app" user of Microsoft's .NET images, which the Dockerfiles and ContainerUser name.</summary>
    private const int AppUid = 1654;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "collaboration-published-" + Guid.NewGuid().ToString("N"));

    private string App => Path.Combine(_root, "app");

    private string Data => Path.Combine(App, "data");

    private string Home => Path.Combine(_root, "home");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // The test made these folders read-only; give them back to the owner so the temp folder can go.
        if (Directory.Exists(_root))
        {
            await RunAsync("chmod", ["-R", "u+w", _root]);
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Published_bot_runs_as_the_app_user_and_answers_ready_while_writing_only_its_data_folder()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var publish = await ExternalProcess.RunAsync(
            "dotnet",
            ["publish", Path.Combine(RepositoryRoot.Find(), "bot", "Collaboration.Bot", "Collaboration.Bot.csproj"),
             "--no-build", "-c", configuration, "-o", App, "-p:UseAppHost=false", "--nologo", "-v", "quiet"],
            timeout.Token);
        Assert.True(publish.Succeeded, publish.Output);

        // The image's layout: the application read-only, an empty data folder of the app user, a HOME nobody may write.
        Directory.CreateDirectory(Data);
        Directory.CreateDirectory(Home);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", [AppUid.ToString(CultureInfo.InvariantCulture), Data]);
        }

        await RunAsync("chmod", ["-R", "a-w", App, Home]);
        await RunAsync("chmod", ["u+w", Data]);
        await RunAsync("chmod", ["755", _root]);
        var before = FilesOutside(Data);

        await using var bot = StartPublished(asRoot, LoopbackPort.PickFree(), out var ready);
        await bot.WaitUntilAnswersAsync(ready, TimeSpan.FromSeconds(90), timeout.Token);

        var database = Path.Combine(Data, "forums.db");
        Assert.True(File.Exists(database), $"the SQLite database was not created in the data folder. Log:\n{bot.Tail()}");
        if (asRoot)
        {
            var owner = await RunAsync("stat", ["-c", "%u", database]);
            Assert.Equal(AppUid.ToString(CultureInfo.InvariantCulture), owner.Trim());
        }

        Assert.Equal(before, FilesOutside(Data));
    }

    private ServerProcess StartPublished(bool asRoot, int port, out Uri ready)
    {
        var start = asRoot
            ? new ProcessStartInfo("setpriv", ["--reuid=1654", "--regid=1654", "--clear-groups", "--", "dotnet", "Collaboration.Bot.dll"])
            : new ProcessStartInfo("dotnet", ["Collaboration.Bot.dll"]);
        start.WorkingDirectory = App;
        start.Environment["HOME"] = Home;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        // What the Bicep templates hand the container: an app id, its tenant and the shared anonymity key.
        start.Environment["Bot__MicrosoftAppId"] = Guid.NewGuid().ToString();
        start.Environment["Bot__MicrosoftAppTenantId"] = Guid.NewGuid().ToString();
        start.Environment["Bot__AnonymitySecret"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        ready = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/health/ready");
        return ServerProcess.Start("published bot", start, Path.Combine(_root, "bot.log"));
    }

    /// <summary>Every file outside the data folder with its size and time: any write there would change the list.</summary>
    private List<string> FilesOutside(string data) =>
        [.. Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(data, StringComparison.Ordinal) && !f.EndsWith("bot.log", StringComparison.Ordinal))
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName} {f.Length.ToString(CultureInfo.InvariantCulture)} {f.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)];

    private static async Task<string> RunAsync(string command, string[] arguments)
    {
        var run = await ExternalProcess.RunAsync(command, arguments, CancellationToken.None);
        Assert.True(run.Succeeded, $"{command} {string.Join(' ', arguments)}: {run.Output}");
        return run.Output;
    }
}
