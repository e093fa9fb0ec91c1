using Microsoft.Extensions.Logging;

namespace Collaboration.Bot.Tests.Edge;

/// <summary>
/// Every request of the malformed corpus gets its 4xx or a handled 200, never a 500, in Production and in Development
/// (where the developer exception page is on); and the log shows no error: nothing reached an unhandled path.
/// </summary>
public abstract class MalformedActivityTests(string environment) : IAsyncLifetime, IDisposable
{
    private readonly LogRecorder _log = new();
    private ThrowAwayStore? _store;
    private BotHost? _bot;

    public static TheoryData<string> Cases => [.. MalformedActivities.All.Keys];

    public async Task InitializeAsync()
    {
        _store = ThrowAwayStore.Sqlite();
        var settings = environment == "Development"
            ? new Dictionary<string, string?> { ["environment"] = environment }
            : EdgeHosts.Authenticated(environment);
        _bot = await BotHost.StartAsync(_store, settings, services =>
        {
            services.AddSingleton<ILoggerProvider>(_log);
            if (environment != "Development")
            {
                UnauthenticatedTurns.Replace(services);
            }
        });
    }

    public void Dispose()
    {
        _log.Dispose();
        GC.SuppressFinalize(this);
    }

    public async Task DisposeAsync()
    {
        await _bot!.AssertEveryCardValidAsync();
        await _bot.DisposeAsync();
        await _store!.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_malformed_request_gets_its_answer_and_no_error(string name)
    {
        var (request, expected) = MalformedActivities.All[name];
        using var content = request(_bot!.NewChat());

        using var response = await _bot.PostRawAsync(content);

        Assert.True(expected == response.StatusCode, $"{name}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var errors = _log.Entries.Where(e => e.Level >= LogLevel.Error).ToList();
        Assert.True(errors.Count == 0, $"{name}: " + string.Join(Environment.NewLine, errors));
    }
}

public sealed class MalformedActivityInProductionTests() : MalformedActivityTests("Production");

public sealed class MalformedActivityInDevelopmentTests() : MalformedActivityTests("Development");
