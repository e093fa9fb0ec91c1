namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// "privat" and "erinnern" through the real HTTP pipeline against a fake connector that enforces Teams' documented
/// rate limits (429 with Retry-After when exceeded), refuses some members, and throttles on top when told to.
/// </summary>
public abstract class PrivateFanOutTests : IAsyncLifetime
{
    private const int TeamSize = 300;
    private static readonly TimeSpan FanOutTimeout = TimeSpan.FromMinutes(2);

    private ThrowAwayStore _store = null!;

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Every_reachable_member_gets_the_card_once_the_unreachable_are_reported_and_everyone_is_reminded_of_an_anonymous_item()
    {
        await using var bot = await BotHost.StartAsync(_store, FanOutTeam.Settings);
        var team = await FanOutTeam.StartAsync(bot, TeamSize);
        bot.Connector.EnforceLimits(ConnectorLimits.Teams);

        var started = await bot.SayAsync(team.Forum.Chat, team.Forum.Moderator, "privat " + FanOutTeam.Item);
        Assert.Contains("geht jetzt einzeln an jedes Mitglied", started.Single().Text, StringComparison.Ordinal);

        // Throttling beyond the limits (another app of the tenant, say), which the bot must wait out, not count as failure.
        bot.Connector.FailNextRequests(5, ConnectorFault.Throttled(TimeSpan.FromSeconds(1)));
        var summary = await team.WaitForSummaryAsync(bot, "Privat verschickt", FanOutTimeout);

        var received = team.CardsReceived(bot);
        Assert.All(team.Reachable, m => Assert.Equal(1, received[m]));
        Assert.All(team.Unreachable, m => Assert.Equal(0, received[m]));
        Assert.Contains($"Erreicht{Environment.NewLine}", summary.Replace("\n", Environment.NewLine, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains((TeamSize - team.Unreachable.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), summary, StringComparison.Ordinal);
        Assert.All(team.Unreachable, m => Assert.Contains(m.Name, summary, StringComparison.Ordinal));
        Assert.True(bot.Connector.ThrottledRequests >= 5, $"{bot.Connector.ThrottledRequests} requests were throttled");

        // A third of the members answer in their personal chat; the answers count for the item of the group chat.
        var answering = team.Reachable.Where((_, i) => i % 3 == 0).ToList();
        foreach (var member in answering)
        {
            await team.AnswerPrivatelyAsync(bot, member, 4);
        }

        var store = bot.Services.GetRequiredService<IForumStore>();
        Assert.Equal(answering.Count, await store.CountResponsesAsync(Guid.Parse(team.Forum.ItemId(FanOutTeam.Item)), CancellationToken.None));

        // A command typed in a personal chat speaks about the series that sent the item there.
        var member0 = answering[0];
        var status = await bot.SayAsync(FanOutTeam.Personal(bot, member0), member0, "status");
        Assert.DoesNotContain("noch keine Forenreihe", status.Single().Text, StringComparison.Ordinal);

        // A reminder writes to many people again, so the command answers with a confirmation card first. The item is
        // anonymous: who answered is not stored, so the reminder goes to everyone it reached ("if you have not answered
        // yet"); a reminder list of non-answerers would be a stored list of who answered.
        var asking = await bot.SayAsync(team.Forum.Chat, team.Forum.Moderator, "erinnern " + FanOutTeam.Item);
        var reminding = await bot.ExecuteAsync(team.Forum.Chat, team.Forum.Moderator, "remind", CardReader.ActionData(asking.Single().Card, "remind"));
        Assert.Contains($"alle {team.Reachable.Count()} Mitglieder", CardReader.Text(reminding), StringComparison.Ordinal);
        await team.WaitForSummaryAsync(bot, "Erinnerung verschickt", FanOutTimeout);

        received = team.CardsReceived(bot);
        Assert.All(team.Reachable, m => Assert.Equal(2, received[m]));
        Assert.All(team.Unreachable, m => Assert.Equal(0, received[m]));
        await FanOutTeam.AssertDistinctCardsValidAsync(bot);
    }

    [Fact]
    public async Task A_new_host_on_the_same_database_finishes_a_fan_out_the_stopped_one_began_without_sending_anyone_twice()
    {
        await using var connector = await FakeConnectorService.StartAsync();
        var first = await BotHost.StartAsync(_store, FanOutTeam.Settings, connector: connector);
        FanOutTeam team;
        try
        {
            team = await FanOutTeam.StartAsync(first, TeamSize);
            connector.EnforceLimits(ConnectorLimits.Teams);
            await first.SayAsync(team.Forum.Chat, team.Forum.Moderator, "privat " + FanOutTeam.Item);
            await connector.WaitForAsync(a => a.Operation == ConnectorOperation.Send && a.ConversationId.StartsWith("a:personal-", StringComparison.Ordinal), 60, FanOutTimeout);
        }
        finally
        {
            // Stopped mid-way, with members claimed and sends in flight.
            await first.DisposeAsync();
        }

        var sentBeforeRestart = team.CardsReceived(first).Values.Sum();
        Assert.InRange(sentBeforeRestart, 60, TeamSize - team.Unreachable.Count - 1);

        await using var second = await BotHost.StartAsync(_store, FanOutTeam.Settings, connector: connector);
        await team.WaitForSummaryAsync(second, "Privat verschickt", FanOutTimeout);

        var received = team.CardsReceived(second);
        var fanOuts = second.Services.GetRequiredService<Collaboration.Forums.Ports.IFanOutStore>();
        var fanOut = await fanOuts.GetLatestAsync(Guid.Parse(team.Forum.ItemId(FanOutTeam.Item)), Collaboration.Forums.Delivery.FanOutKind.Item, CancellationToken.None);
        var states = (await fanOuts.GetRecipientsAsync(fanOut!.Id, CancellationToken.None)).ToDictionary(r => r.TeamsId);
        Assert.All(team.Reachable, m => Assert.True(received[m] == 1, $"{m.Name}: {received[m]} cards, {states[m.Id]}"));
        Assert.All(team.Unreachable, m => Assert.Equal(0, received[m]));
    }

    protected abstract Task<ThrowAwayStore> CreateStoreAsync();
}

public sealed class PrivateFanOutOnSqliteTests : PrivateFanOutTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class PrivateFanOutOnPostgresTests(PostgresFixture postgres) : PrivateFanOutTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
