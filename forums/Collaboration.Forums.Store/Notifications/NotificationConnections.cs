using Microsoft.Extensions.Options;
using Npgsql;

namespace Collaboration.Forums.Store.Notifications;

/// <summary>
/// This instance's id and its connections for notifications, separate from EF's pool: the listener holds one
/// connection for the life of the process, which must not count against the pool the votes use.
/// Enabled only on PostgreSQL; on SQLite there is one instance, and its changes reach its viewers in process.
/// </summary>
internal sealed class NotificationConnections(IOptions<ForumStoreOptions> options) : IAsyncDisposable
{
    public const string ListenerName = "collaboration-listen";

    private readonly Lazy<NpgsqlDataSource> _listening = new(() => Create(options.Value.ConnectionString, ListenerName, keepAlive: true));
    private readonly Lazy<NpgsqlDataSource> _notifying = new(() => Create(options.Value.ConnectionString, "collaboration-notify", keepAlive: false));

    /// <summary>Tells this instance's notifications from the others' on the shared channel.</summary>
    public Guid InstanceId { get; } = Guid.NewGuid();

    public bool Enabled => options.Value.Provider == ForumStoreProvider.Postgres;

    /// <summary>For the one connection that listens.</summary>
    public NpgsqlDataSource Listening => _listening.Value;

    /// <summary>For sending notices (a small pool of its own).</summary>
    public NpgsqlDataSource Notifying => _notifying.Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var source in new[] { _listening, _notifying }.Where(s => s.IsValueCreated))
        {
            await source.Value.DisposeAsync();
        }
    }

    private static NpgsqlDataSource Create(string? connectionString, string applicationName, bool keepAlive)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName };
        if (keepAlive)
        {
            // A listening connection is idle for hours; keepalive queries find a connection that died silently
            // (a failed-over server, a dropped NAT entry) so that the listener reconnects.
            connection.KeepAlive = 30;
        }

        return NpgsqlDataSource.Create(connection.ConnectionString);
    }
}
