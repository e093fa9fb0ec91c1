using Collaboration.Forums.Templates;
using Collaboration.Fakes.Postgres;

namespace Collaboration.Web.Tests.Api;

/// <summary>
/// The moderator console steers as the chat commands do: the same use cases, and the same cards posted into the chat
/// (the fake Bot Connector receives them), answered with the console's fresh view.
/// </summary>
public abstract class ConsoleTests : WebTest
{
    private static readonly SeriesTemplate Template = SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn(SeriesChat.Template)!).Value!;

    [Fact]
    public async Task Starting_forum_one_from_the_console_posts_its_question_cards_into_the_chat()
    {
        var series = await SeriesChat.CreateAsync(Host);
        var before = Host.Connector.ReceivedActivities.Count;

        var started = await Host.PostAsync("/forums/1/start", series.Moderator, series.Chat);

        Assert.Equal(HttpStatusCode.OK, started.Status);
        var forum = started.Json!["forums"]![0]!;
        Assert.Equal("open", (string?)forum["status"]);
        Assert.All(forum["items"]!.AsArray(), i => Assert.Equal("open", (string?)i!["status"]));
        var posted = string.Join("\n", Host.CardsSince(series.Chat, before).Select(c => c.ToJsonString()));
        foreach (var item in Template.Forums.Single(f => f.Number == 1).Items)
        {
            Assert.Contains(Escaped(item.Prompt!.De!), posted, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Closing_and_opening_a_question_changes_it_and_opening_posts_its_card_again()
    {
        var series = await SeriesChat.CreateAsync(Host);
        await Host.PostAsync("/forums/1/start", series.Moderator, series.Chat);
        var item = await series.ItemIdAsync(1, "rolle-zentrum");
        var prompt = Escaped(Template.Forums.Single(f => f.Number == 1).Items.Single(i => i.Key == "rolle-zentrum").Prompt!.De!);

        var closed = await Host.PostAsync($"/items/{item}/close", series.Moderator, series.Chat);
        var closedAgain = await Host.PostAsync($"/items/{item}/close", series.Moderator, series.Chat, language: "en");
        var before = Host.Connector.ReceivedActivities.Count;
        var opened = await Host.PostAsync($"/items/{item}/open", series.Moderator, series.Chat);

        Assert.Equal("closed", StatusOf(closed, "rolle-zentrum"));
        Assert.Equal(HttpStatusCode.Conflict, closedAgain.Status);
        Assert.Equal("ItemAlreadyClosed", closedAgain.Code);
        Assert.Equal("open", StatusOf(opened, "rolle-zentrum"));
        Assert.Contains(Host.CardsSince(series.Chat, before), c => c.ToJsonString().Contains(prompt, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Closing_the_forum_posts_its_summary_and_carry_over_is_previewed_before_it_is_posted()
    {
        var series = await SeriesChat.CreateAsync(Host);
        await Host.PostAsync("/forums/1/start", series.Moderator, series.Chat);
        var before = Host.Connector.ReceivedActivities.Count;

        var closed = await Host.PostAsync("/forums/1/close", series.Moderator, series.Chat);
        var summary = Host.CardsSince(series.Chat, before);
        var preview = await Host.GetAsync("/forums/2/carry-over", series.Moderator, series.Chat);
        var afterPreview = Host.Connector.ReceivedActivities.Count;
        var carried = await Host.PostAsync("/forums/2/carry-over", series.Moderator, series.Chat, language: "en");

        Assert.Equal("closed", (string?)closed.Json!["forums"]![0]!["status"]);
        Assert.Contains(summary, c => c.ToJsonString().Contains("Forum 1", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        var previewed = Assert.Single(preview.Json!["items"]!.AsArray());
        Assert.Equal((1, "bedarfe"), ((int)previewed!["from"]!["forum"]!, (string?)previewed["from"]!["itemKey"]));
        // Nobody filed a need: only the question's own options, which have no score from forum 1.
        Assert.Contains(previewed["choices"]!.AsArray(), c => (string?)c!["label"] == "Digitalisierungsberatung für Kommunen" && c["score"] is null);
        Assert.Equal(HttpStatusCode.OK, carried.Status);
        Assert.NotEmpty(Host.CardsSince(series.Chat, afterPreview));
    }

    [Fact]
    public async Task Pushing_a_question_outside_a_meeting_is_refused_and_inside_one_names_the_answer_page()
    {
        var chat = await SeriesChat.CreateAsync(Host);
        var meeting = await SeriesChat.CreateAsync(Host, meetingId: "MCMxOTptZWV0aW5n");
        await Host.PostAsync("/forums/1/start", chat.Moderator, chat.Chat);
        await Host.PostAsync("/forums/1/start", meeting.Moderator, meeting.Chat);
        var chatItem = await chat.ItemIdAsync(1, "bedeutung");
        var meetingItem = await meeting.ItemIdAsync(1, "bedeutung");

        var refused = await Host.PostAsync($"/items/{chatItem}/push", chat.Moderator, chat.Chat);
        var pushed = await Host.PostAsync($"/items/{meetingItem}/push", meeting.Moderator, meeting.Chat);

        Assert.Equal((HttpStatusCode.Conflict, "NotAMeeting"), (refused.Status, refused.Code));
        Assert.Equal(HttpStatusCode.OK, pushed.Status);
        Assert.Equal(3, (int)pushed.Json!["recipients"]!);
        var push = Assert.Single(Host.Teams.Pushes);
        Assert.Equal($"/tab/answer?item={meetingItem}", push.AnswerUrl.PathAndQuery);
    }

    /// <summary>Cards carry texts escaped for Markdown and JSON; the template's prompts hold neither specials nor quotes to escape here.</summary>
    private static string Escaped(string text) => System.Text.Json.JsonSerializer.Serialize(text).Trim('"');

    private static string? StatusOf(ApiAnswer console, string key) =>
        (string?)console.Json!["forums"]![0]!["items"]!.AsArray().Single(i => (string?)i!["key"] == key)!["status"];
}

public sealed class ConsoleOnSqliteTests : ConsoleTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class ConsoleOnPostgresTests(PostgresFixture postgres) : ConsoleTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
