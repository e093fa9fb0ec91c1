namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// The executive deck's and report's links are bearer links: in a group chat the card everyone sees carries none,
/// and only a moderator's refresh (or button press) of it answers with them, for that moderator's eyes only.
/// </summary>
public abstract class ExecutiveLinksVisibilityTests : BotTest
{
    [Fact]
    public async Task The_card_the_group_sees_has_no_links_and_only_a_moderator_gets_them_when_it_refreshes()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var member = TeamsUser.Create("Paul Teilnehmer");

        var posted = Assert.Single(await forum.SayAsync(forum.Moderator, "bericht"));

        Assert.Empty(ExecutiveLinks.Of(posted.Card));
        Assert.DoesNotContain("/downloads/", posted.Card.ToJsonString(), StringComparison.Ordinal);
        var action = posted.Card["refresh"]!["action"]!;
        Assert.Equal("Action.Execute", (string?)action["type"]);
        var data = (JsonObject)action["data"]!;
        var forMember = await Bot.ExecuteAsync(forum.Chat, member, (string)action["verb"]!, (JsonObject)data.DeepClone());
        Assert.Empty(ExecutiveLinks.Of(forMember));
        Assert.Contains("Moderatorinnen und Moderatoren", CardReader.Text(forMember), StringComparison.Ordinal);
        var forModerator = await Bot.ExecuteAsync(forum.Chat, forum.Moderator, (string)action["verb"]!, (JsonObject)data.DeepClone());
        Assert.Equal(2, ExecutiveLinks.Of(forModerator).Count);
    }

    [Fact]
    public async Task Looking_at_the_card_again_and_again_hands_out_the_same_links_and_is_never_limited()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var posted = Assert.Single(await forum.SayAsync(forum.Moderator, "bericht"));
        var action = posted.Card["refresh"]!["action"]!;

        // More refreshes than the per-user report limit (6 an hour): Teams refreshes whenever the moderator looks.
        var seen = new List<IReadOnlyList<Uri>>();
        for (var look = 0; look < 8; look++)
        {
            seen.Add(ExecutiveLinks.Of(await Bot.ExecuteAsync(forum.Chat, forum.Moderator, (string)action["verb"]!, (JsonObject)action["data"]!.DeepClone())));
        }

        Assert.All(seen, links => Assert.Equal(seen[0], links));
        Assert.Equal(2, seen[0].Count);
    }

    [Fact]
    public async Task The_links_of_another_chats_series_are_refused_even_to_that_series_moderator()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var posted = Assert.Single(await forum.SayAsync(forum.Moderator, "bericht"));
        var data = (JsonObject)posted.Card["refresh"]!["action"]!["data"]!.DeepClone();

        var elsewhere = await Bot.ExecuteAsync(Bot.NewChat(), forum.Moderator, "executiveLinks", data);

        Assert.Empty(ExecutiveLinks.Of(elsewhere));
        Assert.Contains("nicht (mehr) mit diesem Chat verbunden", CardReader.Text(elsewhere), StringComparison.Ordinal);
    }
}

public sealed class ExecutiveLinksVisibilityOnSqliteTests : ExecutiveLinksVisibilityTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class ExecutiveLinksVisibilityOnPostgresTests(PostgresFixture postgres) : ExecutiveLinksVisibilityTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
