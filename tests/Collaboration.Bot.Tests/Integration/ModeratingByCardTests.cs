namespace Collaboration.Bot.Tests.Integration;

/// <summary>The moderation card offers by button what the commands offer by text.</summary>
public abstract class ModeratingByCardTests : BotTest
{
    [Fact]
    public async Task Closing_a_question_on_the_moderation_card_stops_answers_to_it()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var participant = TeamsUser.Create("Paula Teilnehmerin");
        await forum.OnboardAsync(participant);
        var panel = Assert.Single(await forum.SayAsync(forum.Moderator, "moderation"));

        var closed = await Bot.ExecuteAsync(forum.Chat, forum.Moderator, "closeItem", Selecting(panel, "bedeutung"));
        var refused = await forum.RateAsync(participant, "bedeutung", 4);

        Assert.Contains("ist geschlossen", CardReader.Text(closed), StringComparison.Ordinal);
        Assert.Contains("nicht (mehr) offen", CardReader.Text(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_pressing_a_moderation_button_is_refused_and_nothing_changes()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var participant = TeamsUser.Create("Paula Teilnehmerin");
        await forum.OnboardAsync(participant);
        var panel = Assert.Single(await forum.SayAsync(forum.Moderator, "moderation"));

        var refusal = await Bot.ExecuteAsync(forum.Chat, participant, "closeItem", Selecting(panel, "bedeutung"));
        var answered = await forum.RateAsync(participant, "bedeutung", 4);

        Assert.Contains("Moderatorinnen und Moderatoren", CardReader.Text(refusal), StringComparison.Ordinal);
        Assert.Contains("Ihre Antwort: 4", CardReader.Text(answered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_button_shows_the_chosen_questions_card()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var panel = Assert.Single(await forum.SayAsync(forum.Moderator, "moderation"));

        var results = await Bot.ExecuteAsync(forum.Chat, forum.Moderator, "results", Selecting(panel, "bedeutung"));

        Assert.Contains("Antwortende: 0", CardReader.Text(results), StringComparison.Ordinal);
    }

    private static JsonObject Selecting(PostedCard panel, string itemKey) => new()
    {
        ["seriesId"] = CardReader.DataValues(panel.Card, "seriesId").Distinct().Single(),
        ["in.selectedItem"] = itemKey,
    };
}

public sealed class ModeratingByCardOnSqliteTests : ModeratingByCardTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class ModeratingByCardOnPostgresTests(PostgresFixture postgres) : ModeratingByCardTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
