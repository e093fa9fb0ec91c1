using System.Security.Cryptography;
using Npgsql;

namespace Collaboration.Fakes.Postgres;

/// <summary>
/// A PostgreSQL server for tests: either a throw-away cluster on loopback that this object starts and
/// deletes, or an existing server named by <see cref="ExternalServerVariable"/> (CI).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>Environment variable with a connection string to an existing server; no cluster is started then.</summary>
    public const string ExternalServerVariable = "COLLAB_TEST_POSTGRES";

    private const string SuperUser = "collab_test";
    private const int StartAttempts = 3;

    private readonly LocalCluster? _cluster;
    private readonly List<string> _createdDatabases = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    private PostgresServer(string connectionString, LocalCluster? cluster)
    {
        ConnectionString = connectionString;
        _cluster = cluster;
    }

    /// <summary>Connection string of the maintenance database <c>postgres</c>, as a superuser.</summary>
    public string ConnectionString { get; }

    /// <summary>True when this object started the server and will stop and delete it.</summary>
    public bool IsThrowAway => _cluster is not null;

    /// <summary>Uses the server named by <see cref="ExternalServerVariable"/>, or starts a throw-away one.</summary>
    public static Task<PostgresServer> StartOrConnectAsync(CancellationToken cancellationToken = default)
    {
        var external = Environment.GetEnvironmentVariable(ExternalServerVariable);
        return string.IsNullOrWhiteSpace(external)
            ? StartAsync(cancellationToken)
            : Task.FromResult(Connect(external));
    }

    /// <summary>Uses an existing server; databases created through this object are dropped on dispose.</summary>
    public static PostgresServer Connect(string connectionString)
    {
        // Parse early so that a malformed CI variable fails with Npgsql's message, not at the first test.
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return new PostgresServer(builder.ConnectionString, cluster: null);
    }

    /// <summary>Starts a throw-away cluster (initdb into a temp folder, pg_ctl start on a free loopback port).</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Locate();
        var account = ServerAccount.ForCurrentProcess();
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var cluster = await LocalCluster.InitAsync(binaries, account, SuperUser, password, cancellationToken);
        try
        {
            // The port is picked before the server binds it, so another process can win the race: retry.
            for (var attempt = 1; ; attempt++)
            {
                var port = LoopbackPort.PickFree();
                if (await cluster.TryStartAsync(port, cancellationToken))
                {
                    var builder = new NpgsqlConnectionStringBuilder
                    {
                        Host = "127.0.0.1",
                        Port = port,
                        Username = SuperUser,
                        Password = password,
                        Database = "postgres",
                    };
                    return new PostgresServer(builder.ConnectionString, cluster);
                }

                if (attempt == StartAttempts)
                {
                    throw new InvalidOperationException(
                        $"PostgreSQL did not start after {StartAttempts} attempts. Server log:\n{cluster.ReadLog()}");
                }
            }
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Creates an empty database (dropping a leftover of the same name first) and returns its connection string.
    /// Give each test class its own name so that classes cannot see each other's rows.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        DatabaseName.Validate(name);
        var databaseConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;

        // A recreated database must not be served by pooled connections to the dropped one (57P01 on first use).
        await using (var pooled = new NpgsqlConnection(databaseConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
            await ExecuteAsync(connection, $"CREATE DATABASE \"{name}\"", cancellationToken);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            _createdDatabases.Add(name);
        }
        finally
        {
            _gate.Release();
        }

        return databaseConnectionString;
    }

    /// <summary>
    /// Stops a throw-away server (fast shutdown) to play a database outage; <see cref="StartAgainAsync"/> ends it.
    /// A server named by <see cref="ExternalServerVariable"/> belongs to someone else and is never stopped.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken = default) =>
        (_cluster ?? throw NotThrowAway()).StopAsync(cancellationToken);

    /// <summary>Starts a server stopped by <see cref="StopAsync"/> again, on the same port and with the same data.</summary>
    public Task StartAgainAsync(CancellationToken cancellationToken = default) =>
        (_cluster ?? throw NotThrowAway()).StartAgainAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        // Pooled idle connections would otherwise keep the databases busy.
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
        else
        {
            await DropCreatedDatabasesAsync();
        }

        _gate.Dispose();
    }

    private static InvalidOperationException NotThrowAway() =>
        new($"Only a throw-away server started by the tests can be stopped and started; this one came from {ExternalServerVariable}.");

    private async Task DropCreatedDatabasesAsync()
    {
        if (_createdDatabases.Count == 0)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var name in _createdDatabases)
        {
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // The only variable part is a database name checked by DatabaseName.Validate.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
