using Collaboration.Bot.Teams;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// The bot keeps one connector client per service URL (and app id and audience) instead of the SDK's new client per
/// activity: replies and proactive card updates still arrive turn after turn, every call still passes the one limiter,
/// a flood of service URLs keeps no more than the limit, and the kept clients go when the host stops.
/// </summary>
public sealed class KeptConnectorClientsTests : IAsyncLifetime
{
    private readonly ThrowAwayStore _store = ThrowAwayStore.Sqlite();
    private BotHost _bot = null!;
    private bool _stopped;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync(_store);

    public async Task DisposeAsync()
    {
        if (!_stopped)
        {
            await _bot.DisposeAsync();
        }

        await _store.DisposeAsync();
    }

    private KeptConnectorClients Clients => _bot.Services.GetRequiredService<KeptConnectorClients>();

    [Fact]
    public async Task Replies_and_card_updates_arrive_over_many_turns_through_one_client_per_service_url()
    {
        // The same fake connector under a second service URL, as Teams has one per region.
        var other = new TeamsActivities(_bot.Connector.ServiceUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal), $"19:{Guid.NewGuid():N}@thread.v2");
        var forums = new[] { await RunningForum.StartAsync(_bot), await RunningForum.StartAsync(_bot, other) };
        var voters = Enumerable.Range(1, 3).Select(i => TeamsUser.Create($"Person {i}")).ToList();

        foreach (var voter in voters)
        {
            foreach (var forum in forums)
            {
                Assert.NotEmpty(await _bot.SayAsync(forum.Chat, voter, "hilfe"));
                await forum.OnboardAsync(voter);
                Assert.Contains("Ihre Antwort", CardReader.Text(await forum.RateAsync(voter, "bedeutung", 4)), StringComparison.Ordinal);
            }
        }

        // The shared cards are updated by proactive turns (ContinueConversation), through the same kept clients.
        foreach (var forum in forums)
        {
            await _bot.WaitForUpdateAsync(forum.Chat, forum.Item("bedeutung"), "Antwortende: 3", TimeSpan.FromSeconds(10));
        }

        Assert.Equal(2, Clients.Count);
        await _bot.AssertEveryCardValidAsync();
    }

    [Fact]
    public async Task A_kept_client_still_waits_in_the_limiter_after_a_429()
    {
        var chat = _bot.NewChat();
        var user = TeamsUser.Create("Jonas Becker");
        Assert.NotEmpty(await _bot.SayAsync(chat, user, "hilfe"));

        // Retried in place after Teams' one second: the reply arrives.
        _bot.Connector.FailNextRequests(1, ConnectorFault.Throttled(TimeSpan.FromSeconds(1)));
        Assert.NotEmpty(await _bot.SayAsync(chat, user, "hilfe"));
        Assert.Equal(1, _bot.Connector.ThrottledRequests);

        // Teams asks the chat to wait a minute: the limiter keeps the next turn's reply from being sent at all.
        _bot.Connector.FailNextRequests(1, new ConnectorFault(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(60)));
        Assert.Empty(await _bot.SayAsync(chat, user, "hilfe"));
        var tried = _bot.Connector.Requests.Count;
        Assert.Empty(await _bot.SayAsync(chat, user, "hilfe"));
        Assert.Equal(tried, _bot.Connector.Requests.Count);

        Assert.Equal(1, Clients.Count);
    }

    [Fact]
    public async Task A_flood_of_service_urls_keeps_no_more_than_the_limit_and_every_turn_is_still_answered()
    {
        var user = TeamsUser.Create("Jonas Becker");
        for (var i = 0; i < KeptConnectorClients.Limit + 6; i++)
        {
            // Each a service URL of its own; replies still reach the fake connector (the query is not part of the path).
            var chat = new TeamsActivities($"{_bot.Connector.ServiceUrl}?flood={i}", $"19:{Guid.NewGuid():N}@thread.v2");
            Assert.NotEmpty(await _bot.SayAsync(chat, user, "hilfe"));
        }

        Assert.Equal(KeptConnectorClients.Limit, Clients.Count);
    }

    [Fact]
    public async Task The_kept_clients_are_disposed_when_the_host_stops()
    {
        Assert.NotEmpty(await _bot.SayAsync(_bot.NewChat(), TeamsUser.Create("Jonas Becker"), "hilfe"));
        var kept = Clients.HttpClients;
        Assert.NotEmpty(kept);
        var reachable = new Uri(_bot.Connector.ServiceUrl);

        await _bot.DisposeAsync();
        _stopped = true;

        // Disposed for real: their HttpClients (and the connections they pool) are gone.
        foreach (var client in kept)
        {
            await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetAsync(reachable));
        }
    }
}
