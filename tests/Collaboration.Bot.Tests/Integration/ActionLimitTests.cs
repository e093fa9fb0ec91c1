namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Expensive actions are limited per user and per action: past the limit a polite card says when to try again, and
/// other users are not affected. The counts live in the instance's memory, so the database does not matter here.
/// </summary>
public sealed class ActionLimitTests : IAsyncLifetime
{
    private readonly ThrowAwayStore _store = ThrowAwayStore.Sqlite();
    private readonly TeamsUser _colleague = TeamsUser.Create("Karl Kollege");
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync(_store, new Dictionary<string, string?>
    {
        ["ActionLimits:Archive:Permits"] = "1",
        ["ActionLimits:Archive:Window"] = "00:30:00",
        ["ActionLimits:CreateSeries:Permits"] = "1",
        ["ActionLimits:CreateSeries:Window"] = "01:00:00",
        ["Bot:ModeratorIds:0"] = _colleague.AadObjectId,
    });

    public async Task DisposeAsync()
    {
        await _bot.AssertEveryCardValidAsync();
        await _bot.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task A_user_past_the_limit_of_an_expensive_action_is_told_when_to_try_again_and_others_are_not_held_up()
    {
        var forum = await RunningForum.StartAsync(_bot);

        var first = await forum.SayAsync(forum.Moderator, "archiv");
        var second = await forum.SayAsync(forum.Moderator, "archiv");
        var colleague = await forum.SayAsync(_colleague, "archiv");
        var otherAction = await forum.SayAsync(forum.Moderator, "frage schließen bedeutung");

        Assert.DoesNotContain("Bitte versuchen Sie es in", Assert.Single(first).Text, StringComparison.Ordinal);
        Assert.Contains("Bitte versuchen Sie es in 30 Minuten wieder", Assert.Single(second).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bitte versuchen Sie es in", Assert.Single(colleague).Text, StringComparison.Ordinal);
        Assert.Contains("geschlossen", Assert.Single(otherAction).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_series_is_limited_per_user()
    {
        var creator = TeamsUser.Create("Clara Creator");
        await _bot.SayAsync(_bot.NewChat(), creator, "serie anlegen " + BuiltInSeries.Name);

        var again = await _bot.SayAsync(_bot.NewChat(), creator, "serie anlegen " + BuiltInSeries.Name);

        Assert.Contains("Bitte versuchen Sie es in 60 Minuten wieder", Assert.Single(again).Text, StringComparison.Ordinal);
    }
}
