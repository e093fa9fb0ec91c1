namespace Collaboration.Bot.Tests.Integration;

/// <summary>Teams throttles a reply (429 with Retry-After): the bot waits and sends it again instead of failing the turn.</summary>
public sealed class ThrottledRepliesTests : IAsyncLifetime
{
    private readonly ThrowAwayStore _store = ThrowAwayStore.Sqlite();
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync(_store);

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task A_throttled_reply_arrives_after_the_retry_after_pause()
    {
        var chat = _bot.NewChat();
        _bot.Connector.FailNextRequests(1, ConnectorFault.Throttled(TimeSpan.FromSeconds(1)));

        var replies = await _bot.SayAsync(chat, TeamsUser.Create("Jonas Becker"), "hilfe");

        Assert.NotEmpty(replies);
        Assert.Equal(1, _bot.Connector.ThrottledRequests);
    }

    [Fact]
    public async Task A_reply_teams_keeps_refusing_ends_the_turn_without_a_500()
    {
        var chat = _bot.NewChat();
        _bot.Connector.FailNextRequests(10, new ConnectorFault(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(60)));

        var replies = await _bot.SayAsync(chat, TeamsUser.Create("Jonas Becker"), "hilfe");

        Assert.Empty(replies);
    }

    [Fact]
    public async Task A_long_Retry_After_pauses_every_call_into_that_chat_and_no_other()
    {
        var chat = _bot.NewChat();
        var user = TeamsUser.Create("Jonas Becker");
        _bot.Connector.FailNextRequests(1, new ConnectorFault(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(60)));
        Assert.Empty(await _bot.SayAsync(chat, user, "hilfe"));
        var tried = RequestsInto(chat);

        // Teams asked the chat to wait a minute: the next turn's replies into it are not even sent, so they cannot
        // count against the chat's limits and prolong the pause...
        Assert.Empty(await _bot.SayAsync(chat, user, "hilfe"));
        Assert.Equal(tried, RequestsInto(chat));

        // ...while another chat is answered at once.
        Assert.NotEmpty(await _bot.SayAsync(_bot.NewChat(), user, "hilfe"));
    }

    private int RequestsInto(TeamsActivities chat) =>
        _bot.Connector.Requests.Count(r => r.Path.Contains(chat.ConversationId, StringComparison.Ordinal));
}
