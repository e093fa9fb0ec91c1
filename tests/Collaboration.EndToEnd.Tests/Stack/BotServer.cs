using System.Diagnostics;
using System.Security.Cryptography;
using Collaboration.TestSupport;

namespace Collaboration.EndToEnd.Tests.Stack;

/// <summary>Starts the built bot (no dotnet run: that would build again) on a fresh SQLite database.</summary>
internal static class BotServer
{
    public static async Task<(ServerProcess Process, Uri Endpoint)> StartAsync(string repoRoot, string dataFolder, string logPath, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(repoRoot, "bot", "Collaboration.Bot", "bin", BuildConfiguration(), "net10.0", "Collaboration.Bot.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The bot is not built: {dll} is missing. Run: dotnet build Collaboration.sln");
        }

        var port = LoopbackPort.PickFree();
        var startInfo = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        startInfo.ArgumentList.Add(dll);
        startInfo.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["ForumStore__ConnectionString"] = $"Data Source={Path.Combine(dataFolder, "forums.db")}";
        startInfo.Environment["Bot__AnonymitySecret"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        // Votes update the shared card at most this often; short so that a scenario does not wait 2 s per vote.
        startInfo.Environment["Bot__CardUpdateInterval"] = "00:00:00.500";
        var process = ServerProcess.Start("bot", startInfo, logPath);
        try
        {
            await process.WaitUntilAnswersAsync(new Uri($"http://127.0.0.1:{port}/health/ready"), TimeSpan.FromSeconds(60), cancellationToken);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return (process, new Uri($"http://127.0.0.1:{port}/api/messages"));
    }

    /// <summary>Debug or Release: the bot is taken from the same configuration the tests were built in.</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
}
