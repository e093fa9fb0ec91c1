using System.Text;
using Microsoft.Extensions.Logging;

namespace Collaboration.Bot.Tests.Edge;

/// <summary>
/// With authentication on (a Production host with an app id), every request without a token the Bot Framework signed
/// is answered 401 - never 500 - and no turn runs: nothing is sent into the chat. The signing keys cannot be fetched
/// here (no internet), which must refuse too, at once.
/// </summary>
public sealed class TokenTests : IAsyncLifetime, IDisposable
{
    private readonly LogRecorder _log = new();
    private ThrowAwayStore? _store;
    private BotHost? _bot;

    private BotHost Bot => _bot!;

    public static TheoryData<string, string?> Headers => new()
    {
        { "none", null },
        { "empty", "" },
        { "Bearer alone", "Bearer" },
        { "Bearer and blank", "Bearer   " },
        { "other scheme", "Basic dXNlcjpwYXNzd29yZA==" },
        { "garbage", "Bearer not-a-jwt" },
        { "three garbage parts", "Bearer aaa.bbb.ccc" },
        { "token without scheme", ForgedTokens.SelfSigned() },
        { "three words", "Bearer " + ForgedTokens.SelfSigned() + " extra" },
        { "unsigned", "Bearer " + ForgedTokens.Unsigned() },
        { "wrong issuer", "Bearer " + ForgedTokens.WrongIssuer() },
        { "wrong audience", "Bearer " + ForgedTokens.WrongAudience() },
        { "expired", "Bearer " + ForgedTokens.Expired() },
        { "self-signed", "Bearer " + ForgedTokens.SelfSigned() },
    };

    public async Task InitializeAsync()
    {
        _store = ThrowAwayStore.Sqlite();
        _bot = await BotHost.StartAsync(_store, EdgeHosts.Authenticated(), services => services.AddSingleton<ILoggerProvider>(_log));
    }

    public void Dispose() => _log.Dispose();

    public async Task DisposeAsync()
    {
        await _bot!.DisposeAsync();
        await _store!.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task A_request_without_a_valid_token_gets_401_and_runs_no_turn(string kind, string? authorization)
    {
        var chat = Bot.NewChat();
        using var body = new StringContent(chat.Message(TeamsUser.Create("Eve"), "serie anlegen " + BuiltInSeries.Name).ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await Bot.PostRawAsync(body, authorization);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: {(int)response.StatusCode}");
        Assert.Empty(Bot.Connector.ReceivedActivities);
        // The SDK logs each refusal itself; what must not appear is an exception that escaped to ASP.NET Core.
        Assert.DoesNotContain(_log.Entries, e => e.Level >= LogLevel.Error && e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
