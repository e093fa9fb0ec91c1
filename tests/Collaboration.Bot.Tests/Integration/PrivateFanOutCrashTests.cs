using System.Net.Http.Headers;
using System.Text;
using Collaboration.Fakes.Processes;
using Microsoft.Data.Sqlite;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>The built bot as a process of its own, killed with SIGKILL in the middle of a private fan-out and started again.</summary>
public sealed class PrivateFanOutCrashTests : IAsyncLifetime, IDisposable
{
    private const int TeamSize = 300;
    private const int Concurrency = 16;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"collab-crash-{Guid.NewGuid():N}.db");
    private readonly string _log = Path.Combine(Path.GetTempPath(), $"collab-crash-{Guid.NewGuid():N}.log");
    private readonly HttpClient _http = new();
    private FakeConnectorService _connector = null!;
    private BotProcess _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorService.StartAsync();
        _bot = await BotProcess.StartAsync(new BotProcessOptions
        {
            StoreProvider = "Sqlite",
            StoreConnectionString = $"Data Source={_database}",
            LogPath = _log,
            Settings = new Dictionary<string, string>
            {
                ["FanOut:PollInterval"] = "00:00:00.100",
                ["FanOut:RetryBaseDelay"] = "00:00:00.100",
                ["FanOut:Concurrency"] = Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // What a crashed instance leaves claimed comes free after this; short so the test need not wait long, but
                // longer than a claimed member may wait for the rate limiter on a loaded machine: the lease is not renewed
                // during a send, so a shorter one lets the living instance claim and send a member again.
                ["FanOut:LeaseDuration"] = "00:00:20",
            },
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm", _log }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Killed_mid_fan_out_and_restarted_the_bot_reaches_every_member_and_repeats_at_most_the_sends_in_flight()
    {
        var chat = new TeamsActivities(_connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        var moderator = TeamsUser.Create("Maria Moderatorin");
        await SayAsync(chat, moderator, "serie anlegen " + BuiltInSeries.Name);
        await SayAsync(chat, moderator, "forum starten 1");
        var members = Enumerable.Range(1, TeamSize).Select(i => TeamsUser.Create($"Mitglied {i:D4}")).ToList();
        _connector.AddMembers(chat.ConversationId, members.Select(m => new ConnectorMember(m.Id, m.Name, m.AadObjectId)));
        var unreachable = members.Where((_, i) => i % 60 == 59).ToList();
        unreachable.ForEach(m => _connector.MakeUnreachable(m.Id));
        _connector.EnforceLimits(ConnectorLimits.Teams);

        await SayAsync(chat, moderator, "privat " + FanOutTeam.Item);
        await _connector.WaitForAsync(a => a.Operation == ConnectorOperation.Send && a.ConversationId.StartsWith("a:personal-", StringComparison.Ordinal), 80, TimeSpan.FromMinutes(4));
        _bot.Kill();
        var beforeKill = Received(members).Values.Sum();
        Assert.InRange(beforeKill, 80, TeamSize - unreachable.Count - 1);

        await _bot.RestartAsync();
        await _connector.WaitForAsync(
            a => a.ConversationId == chat.ConversationId && BotHost.Cards(a.Activity.GetRawText()).Any(c => CardReader.Text(c).Contains("Privat verschickt", StringComparison.Ordinal)),
            1,
            TimeSpan.FromMinutes(5));

        var received = Received(members);
        var reachable = members.Except(unreachable).ToList();
        Assert.All(reachable, m => Assert.True(received[m] >= 1, $"{m.Name} got no card. Bot log:\n{_bot.Tail()}"));
        Assert.All(unreachable, m => Assert.Equal(0, received[m]));

        // Only a send Teams accepted whose mark the kill prevented can repeat: at most one per member in flight.
        var repeated = reachable.Count(m => received[m] > 1);
        Assert.True(repeated <= Concurrency && reachable.All(m => received[m] <= 2), $"{repeated} members got the card twice");
    }

    private Dictionary<TeamsUser, int> Received(IEnumerable<TeamsUser> members) =>
        members.ToDictionary(m => m, m => _connector.PersonalConversationOf(m.Id) is { } c ? _connector.SendsTo(c) : 0);

    private async Task SayAsync(TeamsActivities chat, TeamsUser user, string text)
    {
        using var content = new StringContent(chat.Message(user, text).ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await _http.PostAsync(_bot.MessagesEndpoint, content);
        Assert.True(response.IsSuccessStatusCode, $"\"{text}\" answered {(int)response.StatusCode}. Bot log:\n{_bot.Tail()}");
    }
}
