using Collaboration.Fakes.Postgres;
using Xunit;

namespace Collaboration.Fixtures;

/// <summary>
/// One PostgreSQL server shared by the test classes of a collection. xUnit 2 only finds collection
/// definitions in the test assembly itself, so each test project declares
/// <c>[CollectionDefinition(PostgresFixture.Collection)] public sealed class PostgresCollectionDefinition : ICollectionFixture&lt;PostgresFixture&gt;;</c>
/// and its classes take the fixture in their constructor, calling <see cref="CreateDatabaseAsync"/> once per class.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string Collection = "PostgreSQL";

    private PostgresServer? _server;

    public PostgresServer Server =>
        _server ?? throw new InvalidOperationException("The PostgreSQL fixture has not been initialised by xUnit yet.");

    /// <inheritdoc cref="PostgresServer.CreateDatabaseAsync"/>
    public Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default) =>
        Server.CreateDatabaseAsync(name, cancellationToken);

    public async Task InitializeAsync() => _server = await PostgresServer.StartOrConnectAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
