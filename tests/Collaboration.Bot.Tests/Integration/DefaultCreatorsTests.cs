namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// The default for a district tenant: only configured moderators and administrators create series, since a series
/// makes its creator moderator of the chat. Test hosts switch Bot:AnyoneMayCreateSeries on; this one the default back.
/// </summary>
public sealed class DefaultCreatorsTests : IAsyncLifetime
{
    private readonly ThrowAwayStore _store = ThrowAwayStore.Sqlite();
    private readonly TeamsUser _moderator = TeamsUser.Create("Maria Moderatorin");
    private readonly TeamsUser _administrator = TeamsUser.Create("Ada Administratorin");
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync(_store, new Dictionary<string, string?>
    {
        ["Bot:AnyoneMayCreateSeries"] = "false",
        ["Bot:ModeratorIds:0"] = _moderator.AadObjectId,
        ["Bot:AdministratorIds:0"] = _administrator.AadObjectId,
    });

    public async Task DisposeAsync()
    {
        await _bot.AssertEveryCardValidAsync();
        await _bot.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task A_chat_member_cannot_create_a_series_and_configured_moderators_and_administrators_can()
    {
        var chat = _bot.NewChat();

        var refused = await _bot.SayAsync(chat, TeamsUser.Create("Paul Teilnehmer"), "serie anlegen " + BuiltInSeries.Name);

        Assert.Contains("eingerichteten Moderatorinnen und Moderatoren", Assert.Single(refused).Text, StringComparison.Ordinal);
        Assert.Null(await _bot.Services.GetRequiredService<IConversationStore>().GetBoundSeriesAsync(chat.ConversationId, CancellationToken.None));
        var created = await _bot.SayAsync(chat, _moderator, "serie anlegen " + BuiltInSeries.Name);
        Assert.Contains(BuiltInSeries.Template.Title!.De!, created[0].Text, StringComparison.Ordinal);
        var byAdministrator = await _bot.SayAsync(_bot.NewChat(), _administrator, "serie anlegen " + BuiltInSeries.Name);
        Assert.Contains(BuiltInSeries.Template.Title!.De!, byAdministrator[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_may_steer_a_series_someone_else_created()
    {
        var forum = await RunningForum.StartAsync(_bot, _bot.NewChat(), _moderator);

        var closed = await _bot.SayAsync(forum.Chat, _administrator, "forum schließen 1");

        Assert.Contains("Forum 1", closed[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Moderatorinnen und Moderatoren", closed[0].Text, StringComparison.Ordinal);
    }
}
