using System.Diagnostics;
using Collaboration.Fakes;

namespace Collaboration.EndToEnd.Tests.Stack;

/// <summary>
/// Starts the Microsoft 365 Agents Playground from tools/playground against the bot, in a working folder that
/// holds this project's own mock users (.m365agentsplayground.yml is read from the working directory).
/// </summary>
internal static class PlaygroundServer
{
    public static async Task<(ServerProcess Process, Uri Url)> StartAsync(
        string repoRoot, Uri botEndpoint, string workFolder, string logPath, string outputPath, CancellationToken cancellationToken)
    {
        var tools = Path.Combine(repoRoot, "tools", "playground");
        var cli = Path.Combine(tools, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            await NpmCiAsync(tools, cancellationToken);
        }

        File.Copy(Path.Combine(AppContext.BaseDirectory, "Playground", ".m365agentsplayground.yml"),
            Path.Combine(workFolder, ".m365agentsplayground.yml"), overwrite: true);
        var port = LoopbackPort.PickFree();
        var startInfo = new ProcessStartInfo(RequiredTools.Node) { WorkingDirectory = workFolder };
        foreach (var argument in new[] { cli, "-e", botEndpoint.ToString(), "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Without BROWSER=none it runs xdg-open and exits; the log file is where it writes when stdout is no terminal.
        startInfo.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        startInfo.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = logPath;
        var process = ServerProcess.Start("Agents Playground", startInfo, outputPath);
        var url = new Uri($"http://127.0.0.1:{port}/");
        try
        {
            await process.WaitUntilAnswersAsync(url, TimeSpan.FromSeconds(60), cancellationToken);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return (process, url);
    }

    private static async Task NpmCiAsync(string tools, CancellationToken cancellationToken)
    {
        var result = await ExternalProcess.RunAsync(RequiredTools.Npm, ["ci", "--prefix", tools, "--no-audit", "--no-fund"], cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"npm ci in {tools} failed (exit {result.ExitCode}); run it by hand:\n{result.Output}");
        }
    }
}
