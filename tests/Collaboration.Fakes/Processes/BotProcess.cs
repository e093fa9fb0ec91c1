using System.Security.Cryptography;

namespace Collaboration.Fakes.Processes;

/// <summary>
/// The BUILT bot (bot/Collaboration.Bot's output, run with <c>dotnet &lt;dll&gt;</c>, never <c>dotnet run</c>, which
/// would build again) as a child process on a loopback port. It can be killed with SIGKILL and started again on the
/// same database and port; its output goes to <see cref="BotProcessOptions.LogPath"/> for diagnosis.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly BotProcessOptions _options;
    private readonly string _anonymitySecret;
    private ServerProcess? _current;
    private int _runs;

    private BotProcess(BotProcessOptions options, int port)
    {
        _options = options;
        Port = port;

        // One secret for every run: a restarted bot must find the anonymous answers of the killed one under the same keys.
        _anonymitySecret = options.Settings.TryGetValue("Bot:AnonymitySecret", out var given)
            ? given
            : Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    }

    public int Port { get; private set; }

    /// <summary>http://127.0.0.1:port/ of the current run.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>Where Teams (or a test acting as Teams) posts activities.</summary>
    public Uri MessagesEndpoint => new(BaseUrl, "api/messages");

    public Uri ReadinessUrl => new(BaseUrl, "health/ready");

    public string LogPath => _options.LogPath;

    /// <summary>Starts the bot on a free loopback port and waits until /health/ready answers 200.</summary>
    public static async Task<BotProcess> StartAsync(BotProcessOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.LogPath))!);
        var bot = new BotProcess(options, LoopbackPort.PickFree());
        try
        {
            await bot.RunAsync(cancellationToken);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>The path of the bot's build output, from the same configuration (Debug/Release) the caller was built in.</summary>
    private string LocateBuiltBot() => BuiltOutput.Locate(_options.Project, Path.GetFileName(_options.Project));

    /// <summary>Kills the running bot with SIGKILL (no graceful shutdown, like a crash) and waits until it is gone.</summary>
    public void Kill() => _current?.Kill();

    /// <summary>Starts the bot again with the same options (database, secret, port); kills a run that is still up first.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        Kill();
        await RunAsync(cancellationToken);
    }

    /// <summary>The last lines of the log, for a failure message.</summary>
    public string Tail(int lines = 40) => _current?.Tail(lines) ?? "(the bot never started)";

    public async ValueTask DisposeAsync()
    {
        if (_current is not null)
        {
            await _current.DisposeAsync();
            _current = null;
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        if (_current is not null)
        {
            await _current.DisposeAsync();
            _current = null;
        }

        // The killed run's port is normally free again at once; if another process took it meanwhile, move on.
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            _runs++;
            await File.AppendAllTextAsync(LogPath, $"--- run {_runs.ToString(CultureInfo.InvariantCulture)} on port {Port.ToString(CultureInfo.InvariantCulture)} ---\n", cancellationToken);
            _current = ServerProcess.Start(Path.GetFileName(_options.Project), StartInfo(), LogPath, appendLog: true);
            try
            {
                await _current.WaitUntilAnswersAsync(ReadinessUrl, _options.StartTimeout, cancellationToken);
                return;
            }
            catch (InvalidOperationException) when (attempt < attempts && _current.HasExited && PortTaken())
            {
                await _current.DisposeAsync();
                _current = null;
                Port = LoopbackPort.PickFree();
            }
        }
    }

    private bool PortTaken() => _current?.Tail(20).Contains("address already in use", StringComparison.OrdinalIgnoreCase) == true;

    private ProcessStartInfo StartInfo()
    {
        var dll = LocateBuiltBot();
        var startInfo = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        startInfo.ArgumentList.Add(dll);
        var environment = startInfo.Environment;
        environment["ASPNETCORE_URLS"] = BaseUrl.ToString().TrimEnd('/');
        environment["ASPNETCORE_ENVIRONMENT"] = _options.Environment;
        environment["DOTNET_ENVIRONMENT"] = _options.Environment;
        if (_options.StoreProvider is not null)
        {
            environment["ForumStore__Provider"] = _options.StoreProvider;
            environment["ForumStore__ConnectionString"] = _options.StoreConnectionString;
        }

        environment["Bot__AnonymitySecret"] = _anonymitySecret;

        // Test users stand in for a district's moderators; a test of the default sets it back in its settings.
        environment["Bot__AnyoneMayCreateSeries"] = "true";

        // A tenant's Bot:MicrosoftAppId in the test runner's environment would switch authentication on; the tests run
        // without it, which the bot allows only in Development and only on this explicit request.
        environment.Remove("Bot__MicrosoftAppId");
        environment.Remove("Bot__MicrosoftAppPassword");
        environment["Bot__AllowUnauthenticated"] = "true";
        foreach (var (key, value) in _options.Settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return startInfo;
    }
}
