using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace Collaboration.Forums.Store.Tests.Support;

/// <summary>
/// A throw-away PostgreSQL cluster on loopback for this test run. Stand-in until the shared
/// Collaboration.TestSupport PostgresFixture is merged; it offers the same shape (start, create a database, get
/// its connection string) so the swap touches only <see cref="PostgresStoreTests"/>.
/// A missing server fails the tests (never skips them): the PostgreSQL path is what several instances run on.
/// </summary>
public sealed class LocalPostgres : IAsyncLifetime
{
    private const string InstallHint = "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them: apt-get install -y postgresql";
    private string? _root;
    private string? _pgCtl;
    private int _port;

    private string DataDirectory => Path.Combine(_root!, "data");

    public async Task InitializeAsync()
    {
        var initDb = FindServerBinary("initdb") ?? throw new InvalidOperationException(InstallHint);
        _pgCtl = FindServerBinary("pg_ctl") ?? throw new InvalidOperationException(InstallHint);
        _root = Directory.CreateTempSubdirectory("forum-store-pg-").FullName;
        _port = FreeLoopbackPort();
        if (RunsAsRoot)
        {
            // initdb refuses to run as root; the cluster belongs to the postgres user, like Debian's own clusters.
            await RunAsync("chown", ["-R", "postgres", _root]);
        }

        await RunServerToolAsync(initDb, ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
        // fsync off: a crash of a test cluster loses nothing anyone needs, and the tests run far faster.
        var serverOptions = string.Create(CultureInfo.InvariantCulture,
            $"-p {_port} -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off");
        await RunServerToolAsync(_pgCtl, ["-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o", serverOptions, "start"]);
    }

    /// <summary>Creates an empty database and returns a connection string for it.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        var admin = ConnectionString("postgres");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_pgCtl is not null && _root is not null && Directory.Exists(DataDirectory))
        {
            await RunServerToolAsync(_pgCtl, ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }

        if (_root is not null)
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _port,
        Username = "postgres",
        Database = database,
        MaxPoolSize = 40,
    }.ConnectionString;

    private static bool RunsAsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private static Task RunServerToolAsync(string tool, IReadOnlyList<string> arguments) =>
        RunsAsRoot ? RunAsync("runuser", ["-u", "postgres", "--", tool, .. arguments]) : RunAsync(tool, arguments);

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    private static string? FindServerBinary(string name)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name));
        // Debian keeps the server binaries off PATH, under /usr/lib/postgresql/<version>/bin.
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending(StringComparer.Ordinal).Select(v => Path.Combine(v, "bin", name))
            : [];
        return onPath.Concat(debian).FirstOrDefault(File.Exists);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class LocalPostgresGroup : ICollectionFixture<LocalPostgres>
{
    public const string Name = "Local PostgreSQL";
}
