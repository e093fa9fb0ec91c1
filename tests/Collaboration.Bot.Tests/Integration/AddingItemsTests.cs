namespace Collaboration.Bot.Tests.Integration;

/// <summary>Moderators add questions to a forum from Teams, through the add-item form card.</summary>
public abstract class AddingItemsTests : BotTest
{
    [Fact]
    public async Task A_question_added_to_the_running_forum_is_posted_at_once_and_can_be_answered()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var form = Assert.Single(await forum.SayAsync(forum.Moderator, "frage hinzufügen 1"));
        var before = Bot.Connector.ReceivedActivities.Count;

        var confirmed = await Bot.ExecuteAsync(forum.Chat, forum.Moderator, "addItem", AddItemData(form, "Welcher Termin passt für Forum 2?", "Montag\nDienstag"));

        Assert.Contains("gehört jetzt zu Forum 1", CardReader.Text(confirmed), StringComparison.Ordinal);
        var posted = Bot.Connector.ReceivedActivities.Skip(before).Select(a => a.Activity.GetRawText()).Single(json => json.Contains("Welcher Termin passt", StringComparison.Ordinal));
        var itemId = CardReader.DataValues(JsonNode.Parse(posted)!["attachments"]![0]!["content"]!, "itemId").Distinct().Single();
        var participant = TeamsUser.Create("Paula Teilnehmerin");
        await forum.OnboardAsync(participant);
        var answered = await Bot.ExecuteAsync(forum.Chat, participant, "answer", new JsonObject { ["itemId"] = itemId, ["in.choice"] = "dienstag" });
        Assert.Contains("Ihre Antwort: Dienstag", CardReader.Text(answered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ranking_added_through_the_form_has_as_many_places_as_the_form_says()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var form = Assert.Single(await forum.SayAsync(forum.Moderator, "frage hinzufügen 1"));
        var before = Bot.Connector.ReceivedActivities.Count;
        var data = AddItemData(form, "Was soll zuerst kommen?", "Glasfaser\nRufbus\nSchulung");
        data["in.itemKind"] = "ranking";
        data["in.itemLimit"] = "2";

        await Bot.ExecuteAsync(forum.Chat, forum.Moderator, "addItem", data);

        var posted = Bot.Connector.ReceivedActivities.Skip(before).Select(a => a.Activity.GetRawText()).Single(json => json.Contains("Was soll zuerst kommen?", StringComparison.Ordinal));
        var card = JsonNode.Parse(posted)!["attachments"]![0]!["content"]!;
        Assert.Equal(2, CardReader.Elements(card, "Input.ChoiceSet").Count);
        var participant = TeamsUser.Create("Paula Teilnehmerin");
        await forum.OnboardAsync(participant);
        var answered = await Bot.ExecuteAsync(forum.Chat, participant, "answer",
            new JsonObject { ["itemId"] = CardReader.DataValues(card, "itemId").Distinct().Single(), ["in.rank.1"] = "schulung", ["in.rank.2"] = "glasfaser" });
        Assert.Contains("Ihre Antwort: 1. Schulung, 2. Glasfaser", CardReader.Text(answered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_choice_question_without_options_is_refused_and_the_form_keeps_what_was_typed()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var form = Assert.Single(await forum.SayAsync(forum.Moderator, "frage hinzufügen 1"));

        var refused = await Bot.ExecuteAsync(forum.Chat, forum.Moderator, "addItem", AddItemData(form, "Eine Frage ohne Optionen", string.Empty));

        Assert.Contains("Die Frage ist so nicht möglich", CardReader.Text(refused), StringComparison.Ordinal);
        Assert.Equal("Eine Frage ohne Optionen", CardReader.InputValue(refused, "in.itemPromptDe"));
    }

    [Fact]
    public async Task A_participant_cannot_add_a_question()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var form = Assert.Single(await forum.SayAsync(forum.Moderator, "frage hinzufügen 1"));

        var refused = await Bot.ExecuteAsync(forum.Chat, TeamsUser.Create("Paul Teilnehmer"), "addItem", AddItemData(form, "Meine eigene Frage", "Ja\nNein"));

        Assert.Contains("Moderatorinnen und Moderatoren", CardReader.Text(refused), StringComparison.Ordinal);
    }

    /// <summary>The form's button data merged with filled-in inputs, as Teams posts it.</summary>
    private static JsonObject AddItemData(PostedCard form, string prompt, string options)
    {
        var data = new JsonObject { ["seriesId"] = CardReader.DataValues(form.Card, "seriesId").Single() };
        data["in.itemForum"] = "1";
        data["in.itemKind"] = "singleChoice";
        data["in.itemPromptDe"] = prompt;
        data["in.itemOptions"] = options;
        data["in.itemAnonymous"] = "false";
        return data;
    }
}

public sealed class AddingItemsOnSqliteTests : AddingItemsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class AddingItemsOnPostgresTests(PostgresFixture postgres) : AddingItemsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
