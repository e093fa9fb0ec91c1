namespace Collaboration.Web.Tests.Support;

/// <summary>A test class that runs against one host on its own database (SQLite or PostgreSQL, as the subclass says).</summary>
public abstract class WebTest : IAsyncLifetime
{
    private ThrowAwayStore? _store;
    private WebHost? _host;

    protected WebHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    protected virtual bool LocalSignIn => true;

    /// <summary>Teams' answers from the bot's own implementations over the fake Bot Connector (see <see cref="WebHost.StartAsync"/>).</summary>
    protected virtual bool RealTeams => false;

    /// <summary>Settings added to the host's configuration.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        _host = await WebHost.StartAsync(_store, LocalSignIn, RealTeams, Settings);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    protected abstract Task<ThrowAwayStore> CreateStoreAsync();
}
