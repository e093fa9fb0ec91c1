namespace Collaboration.Bot.Tests.Integration;

/// <summary>Participants answer item cards through Action.Execute invokes; refusals come back on the card.</summary>
public abstract class AnsweringTests : BotTest
{
    private const string Withheld = "Ergebnisse erscheinen ab 3 Antworten";

    private readonly TeamsUser _participant = TeamsUser.Create("Paula Teilnehmerin");

    [Fact]
    public async Task An_answer_before_onboarding_gets_the_onboarding_card_and_after_it_is_saved_and_counted_on_the_shared_card()
    {
        var forum = await RunningForum.StartAsync(Bot);

        var beforeOnboarding = await forum.RateAsync(_participant, "bedeutung", 4);
        await forum.OnboardAsync(_participant);
        var answered = await forum.RateAsync(_participant, "bedeutung", 4);

        Assert.Contains("Kurz zu Ihnen", CardReader.Text(beforeOnboarding), StringComparison.Ordinal);
        Assert.Contains("Ihre Antwort", CardReader.Text(answered), StringComparison.Ordinal);
        // One answer is counted, and below three the shared card says so instead of showing it.
        var updated = await Bot.WaitForUpdateAsync(forum.Chat, forum.Item("bedeutung"), Withheld, UpdateTimeout);
        Assert.DoesNotContain("Antwortende", CardReader.Text(updated), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_given_before_onboarding_is_saved_when_the_onboarding_card_is_submitted()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var onboardingCard = await forum.RateAsync(_participant, "bedeutung", 4);

        // What Teams posts for the card's Save button: the button's data merged with the card's inputs.
        var saveData = onboardingCard["actions"]![0]!["data"]!.AsObject().DeepClone().AsObject();
        saveData["in.group"] = "kommune";
        saveData["in.organisation"] = "Stadt Bernburg";
        var afterSave = await Bot.ExecuteAsync(forum.Chat, _participant, "onboard", saveData);

        Assert.Contains("Ihre Antwort ist gespeichert", CardReader.Text(afterSave), StringComparison.Ordinal);
        Assert.Contains("Ihre Antwort: 4", CardReader.Text(afterSave), StringComparison.Ordinal);
        await Bot.WaitForUpdateAsync(forum.Chat, forum.Item("bedeutung"), Withheld, UpdateTimeout);
    }

    [Fact]
    public async Task A_choice_that_is_not_in_the_item_is_refused_on_the_card()
    {
        var forum = await RunningForum.StartAsync(Bot);
        await forum.OnboardAsync(_participant);

        var refused = await Bot.ExecuteAsync(forum.Chat, _participant, "answer", new JsonObject
        {
            ["itemId"] = forum.ItemId("rolle-zentrum"),
            ["in.choice"] = "gibt-es-nicht",
        });

        Assert.Contains("gehört nicht zur Frage", CardReader.Text(refused), StringComparison.Ordinal);
        Assert.DoesNotContain("Ihre Antwort ist gespeichert", CardReader.Text(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_too_long_need_is_refused_and_the_typed_text_is_kept_for_shortening()
    {
        var forum = await RunningForum.StartAsync(Bot);
        await forum.OnboardAsync(_participant);
        var tooLong = new string('x', 5000);

        var refused = await forum.SubmitNeedAsync(_participant, tooLong);

        Assert.Contains("Ihr Text ist zu lang: höchstens 500 Zeichen", CardReader.Text(refused), StringComparison.Ordinal);
        Assert.Equal(tooLong, CardReader.InputValue(refused, "in.needText"));
    }

    [Fact]
    public async Task A_closed_item_refuses_a_vote()
    {
        var forum = await RunningForum.StartAsync(Bot);
        await forum.OnboardAsync(_participant);
        await forum.SayAsync(forum.Moderator, "frage schließen bedeutung");

        var refused = await forum.RateAsync(_participant, "bedeutung", 4);

        Assert.Contains("nicht (mehr) offen", CardReader.Text(refused), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"just text\"")]
    [InlineData("{}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"answer\",\"data\":\"not an object\"}}")]
    [InlineData("[1,2,3]")]
    public async Task A_malformed_invoke_is_a_client_error_never_a_server_error(string value)
    {
        var forum = await RunningForum.StartAsync(Bot);

        using var response = await Bot.PostAsync(forum.Chat.Invoke(_participant, JsonNode.Parse(value)));

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Unknown_text_gets_a_friendly_hint_to_write_hilfe()
    {
        var chat = Bot.NewChat();

        var hint = await Bot.SayAsync(chat, _participant, "wann ist die nächste Sitzung?");

        Assert.Contains("„hilfe“", Assert.Single(hint).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_voter_gets_an_english_card_while_the_shared_card_stays_in_the_chats_german()
    {
        var forum = await RunningForum.StartAsync(Bot);
        await forum.OnboardAsync(_participant);
        var english = forum.Chat.InLocale("en-US");

        var mine = await Bot.InvokeAsync(english, english.Execute(_participant, "answer", new JsonObject { ["itemId"] = forum.ItemId("bedeutung"), ["in.rating"] = "4" }));

        Assert.Contains("Your answer", CardReader.Text(mine), StringComparison.Ordinal);
        Assert.Contains("Results appear from 3 answers on", CardReader.Text(mine), StringComparison.Ordinal);
        var shared = await Bot.WaitForUpdateAsync(forum.Chat, forum.Item("bedeutung"), Withheld, UpdateTimeout);
        Assert.DoesNotContain("Results appear", CardReader.Text(shared), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_client_gets_english_texts()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var english = forum.Chat.InLocale("en-US");

        var hint = await Bot.SayAsync(english, _participant, "what is this?");
        var refusal = await Bot.SayAsync(english, _participant, "start forum 1");
        var onboarding = await Bot.InvokeAsync(english, english.Execute(_participant, "answer", new JsonObject { ["itemId"] = forum.ItemId("bedeutung"), ["in.rating"] = "4" }));

        Assert.Contains("Write \"help\"", Assert.Single(hint).Text, StringComparison.Ordinal);
        Assert.Contains("Only moderators", Assert.Single(refusal).Text, StringComparison.Ordinal);
        Assert.Contains("About you", CardReader.Text(onboarding), StringComparison.Ordinal);
        Assert.DoesNotContain("Kurz zu Ihnen", CardReader.Text(onboarding), StringComparison.Ordinal);
    }
}

public sealed class AnsweringOnSqliteTests : AnsweringTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class AnsweringOnPostgresTests(PostgresFixture postgres) : AnsweringTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
