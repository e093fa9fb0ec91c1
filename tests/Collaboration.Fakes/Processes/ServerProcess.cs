namespace Collaboration.Fakes.Processes;

/// <summary>
/// A long-running child process (the bot, the Playground) whose output goes to a log file.
/// Disposing kills the whole process tree: the Playground's CLI starts node children of its own.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();

    private ServerProcess(string name, Process process, StreamWriter log, string logPath)
    {
        Name = name;
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public string Name { get; }

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code once the process has exited (137 after a SIGKILL on Linux).</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Starts the process; with <paramref name="appendLog"/> its output goes after what an earlier run wrote to the same log.</summary>
    public static ServerProcess Start(string name, ProcessStartInfo startInfo, string logPath, bool appendLog = false)
    {
        ArgumentNullException.ThrowIfNull(startInfo);
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        var log = new StreamWriter(logPath, append: appendLog) { AutoFlush = true };
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var server = new ServerProcess(name, process, log, logPath);
        process.OutputDataReceived += (_, e) => server.Write(e.Data);
        process.ErrorDataReceived += (_, e) => server.Write(e.Data);
        if (!process.Start())
        {
            log.Dispose();
            throw new InvalidOperationException($"{name} did not start: {startInfo.FileName}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 200; fails early with the log's tail when the process exits.</summary>
    public async Task WaitUntilAnswersAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"{Name} exited with code {_process.ExitCode} before it answered on {url}. Log {LogPath}:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the next poll tries again.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The 2 s request timeout while the process starts up: poll again.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"{Name} did not answer on {url} within {timeout}. Log {LogPath}:\n{Tail()}");
    }

    public string Tail(int lines = 30)
    {
        lock (_logLock)
        {
            _log.Flush();
        }

        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var all = reader.ReadToEnd().Split('\n');
        return string.Join('\n', all.TakeLast(lines));
    }

    /// <summary>
    /// Ends the process tree at once with SIGKILL (what Process.Kill sends on Linux): no shutdown hooks, no flushing,
    /// as a crash or an OOM kill would end it. Returns once the process is gone.
    /// </summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
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
