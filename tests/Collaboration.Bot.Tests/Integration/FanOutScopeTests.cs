using Collaboration.Forums.Delivery;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// A private fan-out reads a chat's roster and writes to every member: only the moderators of the series bound to that
/// chat may start one, a refused one reads no roster, and a repeat or a reminder needs a confirmation and waits
/// FanOut:MinimumRepeatInterval after the last one.
/// </summary>
public abstract class FanOutScopeTests : IAsyncLifetime
{
    private const string Title = "Privat verschickt";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private ThrowAwayStore _store = null!;

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_fan_out_of_another_series_or_by_a_member_is_refused_and_reads_no_roster()
    {
        await using var bot = await BotHost.StartAsync(_store, FanOutTeam.Settings);
        var team = await FanOutTeam.StartAsync(bot, 5);
        var intruder = team.Members[0];
        var ownChat = bot.NewChat();
        var own = await bot.SayAsync(ownChat, intruder, "serie anlegen " + BuiltInSeries.Name);
        await bot.SayAsync(ownChat, intruder, "forum starten 1");
        var ownSeries = CardReader.DataValues(own[0].Card, "seriesId").Single();

        var foreign = await bot.ExecuteAsync(team.Forum.Chat, intruder, "sendPrivately", new JsonObject { ["seriesId"] = ownSeries, ["in.selectedItem"] = FanOutTeam.Item });
        var foreignConfirmed = await bot.ExecuteAsync(team.Forum.Chat, intruder, "remind",
            new JsonObject { ["seriesId"] = ownSeries, ["in.selectedItem"] = FanOutTeam.Item, ["confirmed"] = "true" });
        var typed = await bot.SayAsync(team.Forum.Chat, intruder, "privat " + FanOutTeam.Item);

        Assert.Contains("nicht (mehr) mit diesem Chat verbunden", CardReader.Text(foreign), StringComparison.Ordinal);
        Assert.Contains("nicht (mehr) mit diesem Chat verbunden", CardReader.Text(foreignConfirmed), StringComparison.Ordinal);
        Assert.Contains("Moderatorinnen und Moderatoren", Assert.Single(typed).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Connector.Requests, r => r.Path.Contains("/members", StringComparison.OrdinalIgnoreCase));
        var fanOuts = bot.Services.GetRequiredService<IFanOutStore>();
        Assert.Null(await fanOuts.GetLatestAsync(Guid.Parse(team.Forum.ItemId(FanOutTeam.Item)), FanOutKind.Item, CancellationToken.None));
        Assert.Equal(0, bot.Connector.ReceivedActivities.Count(a => a.Operation == ConnectorOperation.CreateConversation));
        await bot.AssertEveryCardValidAsync();
    }

    [Fact]
    public async Task A_repeated_send_and_a_reminder_go_out_only_after_the_moderator_confirms()
    {
        await using var bot = await BotHost.StartAsync(_store, RepeatsAfter("00:00:00"));
        var (team, first) = await SentOnceAsync(bot);
        var (chat, moderator) = (team.Forum.Chat, team.Forum.Moderator);

        var asked = await bot.SayAsync(chat, moderator, "privat " + FanOutTeam.Item);

        Assert.Contains("noch einmal einzeln", Assert.Single(asked).Text, StringComparison.Ordinal);
        Assert.Equal(first, await LatestAsync(bot, team));
        var confirmed = await bot.ExecuteAsync(chat, moderator, "sendPrivately", CardReader.ActionData(asked[0].Card, "sendPrivately"));
        Assert.Contains("geht jetzt einzeln", CardReader.Text(confirmed), StringComparison.Ordinal);
        await SummariesAsync(bot, chat, 1);
        Assert.NotEqual(first, await LatestAsync(bot, team));

        var remindAsked = await bot.ExecuteAsync(chat, moderator, "remind", new JsonObject { ["seriesId"] = team.Forum.SeriesId, ["in.selectedItem"] = FanOutTeam.Item });
        Assert.Contains("Eine Erinnerung an die Frage", CardReader.Text(remindAsked), StringComparison.Ordinal);
        Assert.Null(await bot.Services.GetRequiredService<IFanOutStore>().GetLatestAsync(Guid.Parse(team.Forum.ItemId(FanOutTeam.Item)), FanOutKind.Reminder, CancellationToken.None));
        await bot.AssertEveryCardValidAsync();
    }

    [Fact]
    public async Task A_repeat_within_the_minimum_interval_is_refused_even_when_confirmed()
    {
        await using var bot = await BotHost.StartAsync(_store, RepeatsAfter("01:00:00"));
        var (team, first) = await SentOnceAsync(bot);
        var (chat, moderator) = (team.Forum.Chat, team.Forum.Moderator);
        var confirmedData = new JsonObject { ["seriesId"] = team.Forum.SeriesId, ["in.selectedItem"] = FanOutTeam.Item, ["confirmed"] = "true" };

        var again = await bot.ExecuteAsync(chat, moderator, "sendPrivately", confirmedData);
        var reminder = await bot.ExecuteAsync(chat, moderator, "remind", (JsonObject)confirmedData.DeepClone());

        Assert.Contains("in 60 Minuten", CardReader.Text(again), StringComparison.Ordinal);
        Assert.Contains("in 60 Minuten", CardReader.Text(reminder), StringComparison.Ordinal);
        Assert.Equal(first, await LatestAsync(bot, team));
        Assert.Null(await bot.Services.GetRequiredService<IFanOutStore>().GetLatestAsync(Guid.Parse(team.Forum.ItemId(FanOutTeam.Item)), FanOutKind.Reminder, CancellationToken.None));
        await bot.AssertEveryCardValidAsync();
    }

    protected abstract Task<ThrowAwayStore> CreateStoreAsync();

    private static Dictionary<string, string?> RepeatsAfter(string minimumRepeatInterval) =>
        new(FanOutTeam.Settings) { ["FanOut:MinimumRepeatInterval"] = minimumRepeatInterval };

    /// <summary>A team of three whose moderator has sent the item privately once; answers the team and that send's id.</summary>
    private static async Task<(FanOutTeam Team, Guid? First)> SentOnceAsync(BotHost bot)
    {
        var team = await FanOutTeam.StartAsync(bot, 3);
        await bot.SayAsync(team.Forum.Chat, team.Forum.Moderator, "privat " + FanOutTeam.Item);
        await SummariesAsync(bot, team.Forum.Chat, 1);
        return (team, await LatestAsync(bot, team));
    }

    /// <summary>Waits for <paramref name="count"/> more summary cards; one a wait has returned is not counted again.</summary>
    private static async Task SummariesAsync(BotHost bot, TeamsActivities chat, int count) =>
        await bot.Connector.WaitForAsync(
            a => a.ConversationId == chat.ConversationId && a.Operation is ConnectorOperation.Send or ConnectorOperation.Reply
                && BotHost.Cards(a.Activity.GetRawText()).Any(c => CardReader.Text(c).Contains(Title, StringComparison.Ordinal)),
            count,
            Timeout);

    private static async Task<Guid?> LatestAsync(BotHost bot, FanOutTeam team) =>
        (await bot.Services.GetRequiredService<IFanOutStore>().GetLatestAsync(Guid.Parse(team.Forum.ItemId(FanOutTeam.Item)), FanOutKind.Item, CancellationToken.None))?.Id;
}

public sealed class FanOutScopeOnSqliteTests : FanOutScopeTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class FanOutScopeOnPostgresTests(PostgresFixture postgres) : FanOutScopeTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
