using System.Diagnostics;
using System.Globalization;
using Collaboration.Fakes;
using Collaboration.Fakes.Processes;

namespace Collaboration.Simulator.Hosting;

/// <summary>
/// A built bot (the product or the bare baseline) started as a child process on a free loopback port, with its
/// settings as environment variables. Its output goes to a log file, so a failure can show the tail.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly ServerProcess _server;

    private BotProcess(ServerProcess server, Uri baseAddress)
    {
        _server = server;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    /// <summary>Starts <paramref name="project"/>'s built dll and waits until <c>/health/ready</c> answers.</summary>
    /// <param name="project">The project folder below the repository root, e.g. <c>bot/Collaboration.Bot</c>.</param>
    /// <param name="settings">Configuration as environment variables (<c>ForumStore__Provider</c>, ...).</param>
    public static async Task<BotProcess> StartAsync(string project, IReadOnlyDictionary<string, string> settings, string logPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dll = BuiltAssembly(project);
        var baseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.PickFree()}/"));
        var startInfo = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        startInfo.ArgumentList.Add(dll);
        startInfo.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        // Development: the only environment in which the bot runs without an app id, and only on explicit request below.
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["Logging__LogLevel__Default"] = "Warning";

        // Simulated moderators are made up, so none is configured: let any of them create a series.
        startInfo.Environment["Bot__AnyoneMayCreateSeries"] = "true";

        // A tenant's Bot:MicrosoftAppId in the shell would switch authentication on and refuse every simulated activity.
        startInfo.Environment.Remove("Bot__MicrosoftAppId");
        startInfo.Environment.Remove("Bot__MicrosoftAppPassword");
        startInfo.Environment["Bot__AllowUnauthenticated"] = "true";
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
        var server = ServerProcess.Start(Path.GetFileName(project), startInfo, logPath);
        try
        {
            await server.WaitUntilAnswersAsync(new Uri(baseAddress, "health/ready"), TimeSpan.FromSeconds(90), cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return new BotProcess(server, baseAddress);
    }

    /// <summary>The dll of <paramref name="project"/> in the configuration the simulator itself was built in (Debug or Release).</summary>
    public static string BuiltAssembly(string project) => BuiltOutput.Locate(project, Path.GetFileName(project));

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
