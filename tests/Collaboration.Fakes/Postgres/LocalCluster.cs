namespace Collaboration.Fakes.Postgres;

/// <summary>A data directory made by initdb in a temp folder, and the server running on it.</summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    private readonly PostgresBinaries _binaries;
    private readonly ServerAccount _account;
    private readonly string _root;
    private bool _running;
    private int _port;

    private LocalCluster(PostgresBinaries binaries, ServerAccount account, string root)
    {
        _binaries = binaries;
        _account = account;
        _root = root;
    }

    private string DataDirectory => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "server.log");

    public static async Task<LocalCluster> InitAsync(
        PostgresBinaries binaries,
        ServerAccount account,
        string superUser,
        string password,
        CancellationToken cancellationToken)
    {
        var root = Directory.CreateTempSubdirectory("collab-pg-").FullName;
        var cluster = new LocalCluster(binaries, account, root);
        try
        {
            var passwordFile = Path.Combine(root, "password");
            await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
            await account.TakeOwnershipAsync(root, cancellationToken);
            var result = await account.RunAsync(
                binaries.InitDb,
                [
                    "-D", cluster.DataDirectory,
                    "-U", superUser,
                    $"--pwfile={passwordFile}",
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--no-instructions",
                    // A throw-away cluster need not survive a power cut; skipping fsync saves seconds.
                    "--no-sync",
                ],
                cancellationToken);
            ServerAccount.EnsureSucceeded(result, $"{binaries.InitDb} -D {cluster.DataDirectory}");
            File.Delete(passwordFile);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async Task<bool> TryStartAsync(int port, CancellationToken cancellationToken)
    {
        var result = await _account.RunAsync(
            _binaries.PgCtl,
            [
                "-D", DataDirectory,
                "-l", LogFile,
                // Several test classes share the server, each with an Npgsql pool of up to 100 connections:
                // the default max_connections of 100 would refuse the concurrency tests' clients.
                "-o", $"-k /tmp -p {port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                "-w",
                "-t", "60",
                "start",
            ],
            cancellationToken);
        _running = result.Succeeded;
        _port = port;
        return result.Succeeded;
    }

    /// <summary>Stops the server as an outage would: fast shutdown, clients see their connections end (57P01).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_running)
        {
            return;
        }

        var result = await _account.RunAsync(_binaries.PgCtl, ["-D", DataDirectory, "-m", "fast", "-w", "stop"], cancellationToken);
        ServerAccount.EnsureSucceeded(result, $"pg_ctl stop -D {DataDirectory}");
        _running = false;
    }

    /// <summary>Starts the stopped server again on the port it had, so clients' connection strings stay valid.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken)
    {
        if (!await TryStartAsync(_port, cancellationToken))
        {
            throw new InvalidOperationException($"PostgreSQL did not start again on port {_port}. Server log:\n{ReadLog()}");
        }
    }

    public string ReadLog() => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no server log)";

    public async ValueTask DisposeAsync()
    {
        // Fast shutdown disconnects clients that tests left open instead of waiting for them.
        await StopAsync(CancellationToken.None);
        Directory.Delete(_root, recursive: true);
    }
}
