using System.Diagnostics;
using System.Globalization;
using Collaboration.TestSupport;
using Collaboration.TestSupport.Cards;

namespace Collaboration.Simulator.Hosting;

/// <summary>
/// A built bot (the product or the bare baseline) started as a child process on a free loopback port, with its
/// settings as environment variables. Its output goes to a log file, so a failure can show the tail.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();

    private BotProcess(Process process, StreamWriter log, string logPath, Uri baseAddress)
    {
        _process = process;
        _log = log;
        LogPath = logPath;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    public string LogPath { get; }

    /// <summary>Starts <paramref name="project"/>'s built dll and waits until <c>/health/ready</c> answers.</summary>
    /// <param name="project">The project folder below the repository root, e.g. <c>bot/Collaboration.Bot</c>.</param>
    /// <param name="settings">Configuration as environment variables (<c>ForumStore__Provider</c>, ...).</param>
    public static async Task<BotProcess> StartAsync(string project, IReadOnlyDictionary<string, string> settings, string logPath, CancellationToken cancellationToken)
    {
        var dll = BuiltAssembly(project);
        var port = LoopbackPort.PickFree();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(dll);
        startInfo.Environment["ASPNETCORE_URLS"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = startInfo };
        var bot = new BotProcess(process, log, logPath, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")));
        process.OutputDataReceived += (_, e) => bot.Write(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Write(e.Data);
        if (!process.Start())
        {
            await log.DisposeAsync();
            throw new InvalidOperationException($"dotnet {dll} did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilReadyAsync(TimeSpan.FromSeconds(90), cancellationToken);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>The dll of <paramref name="project"/> in the configuration the simulator itself was built in (Debug or Release).</summary>
    public static string BuiltAssembly(string project)
    {
        var root = RepositoryRoot.Find();
        var name = Path.GetFileName(project);
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(root, project, "bin", configuration, "net10.0", name + ".dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"{dll} is missing. Build it first: dotnet build -c {configuration} {project}/{name}.csproj");
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var ready = new Uri(BaseAddress, "health/ready");
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} before it was ready. Log {LogPath}:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(ready, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: poll again.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The poll's own timeout while the process starts: poll again.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"The bot was not ready on {ready} within {timeout}. Log {LogPath}:\n{Tail()}");
    }

    public string Tail(int lines = 30)
    {
        lock (_logLock)
        {
            _log.Flush();
        }

        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return string.Join('\n', reader.ReadToEnd().Split('\n').TakeLast(lines));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
        lock (_logLock)
        {
            _log.Dispose();
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            if (_log.BaseStream.CanWrite)
            {
                _log.WriteLine(line);
            }
        }
    }
}
