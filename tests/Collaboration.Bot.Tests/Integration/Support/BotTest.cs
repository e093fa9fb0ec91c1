namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>
/// Base of the integration tests: a fresh bot host and database for every test, and after every test the check
/// that each card the bot produced passes the Adaptive Cards SDK.
/// </summary>
public abstract class BotTest : IAsyncLifetime
{
    private ThrowAwayStore? _store;
    private BotHost? _bot;

    protected BotHost Bot => _bot ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    protected static TimeSpan UpdateTimeout { get; } = TimeSpan.FromSeconds(10);

    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        _bot = await BotHost.StartAsync(_store, Settings);
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_bot is not null)
            {
                await _bot.AssertEveryCardValidAsync();
            }
        }
        finally
        {
            if (_bot is not null)
            {
                await _bot.DisposeAsync();
            }

            if (_store is not null)
            {
                await _store.DisposeAsync();
            }
        }
    }

    protected abstract Task<ThrowAwayStore> CreateStoreAsync();

    /// <summary>Configuration a test class adds to the host's (e.g. the fake OneDrive's host as an upload host).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;
}
