using Collaboration.Fakes.Teams;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// A moderator merges duplicate needs (through the use case the console calls); the authors find theirs again on
/// their own card, and the posted card counts the merged need once.
/// </summary>
public abstract class NeedsMergeTests : BotTest
{
    private readonly TeamsUser _anna = TeamsUser.Create("Anna Autorin");
    private readonly TeamsUser _ben = TeamsUser.Create("Ben Beitrag");
    private readonly TeamsUser _carl = TeamsUser.Create("Carl Coworking");

    [Fact]
    public async Task Author_of_a_merged_need_sees_on_their_own_card_which_need_it_went_into()
    {
        var forum = await RunningForum.StartAsync(Bot);
        foreach (var (user, text) in new[] { (_anna, "Kein Glasfaser im Dorf"), (_ben, "Glasfaser für alle"), (_carl, "Coworking im Ortskern") })
        {
            await forum.OnboardAsync(user);
            await forum.SubmitNeedAsync(user, text);
        }

        var needs = await Bot.Services.GetRequiredService<IForumStore>().GetNeedsAsync(Guid.Parse(forum.ItemId("bedarfe")), CancellationToken.None);
        var moderator = new UserRef(UserRef.IdOf(forum.Moderator.Id, forum.Moderator.AadObjectId), forum.Moderator.Name);
        var merged = await Bot.Services.GetRequiredService<NeedsMerging>().MergeNeedsAsync(needs.Single(n => n.Text == "Glasfaser für alle").Id,
            [needs.Single(n => n.Text == "Kein Glasfaser im Dorf").Id], "**Glasfaser** in jedem Ortsteil", moderator, CancellationToken.None);
        Assert.True(merged.Succeeded, merged.Rejection?.ToString());

        var annas = CardReader.Text(await Bot.ExecuteAsync(forum.Chat, _anna, "mine", new() { ["itemId"] = forum.ItemId("bedarfe") }));
        var carls = CardReader.Text(await Bot.ExecuteAsync(forum.Chat, _carl, "mine", new() { ["itemId"] = forum.ItemId("bedarfe") }));

        Assert.Contains("Ihre Einträge", annas, StringComparison.Ordinal);
        Assert.Contains("Bedarf: Kein Glasfaser im Dorf", annas, StringComparison.Ordinal);
        // The moderator's text is Markdown-escaped like any text a person typed.
        Assert.Contains("zusammengeführt in: \\*\\*Glasfaser\\*\\* in jedem Ortsteil", annas, StringComparison.Ordinal);
        Assert.Contains("aus 2 Einträgen zusammengeführt", annas, StringComparison.Ordinal);
        Assert.Contains("Bedarf: Coworking im Ortskern", carls, StringComparison.Ordinal);
        Assert.DoesNotContain("zusammengeführt in:", carls, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shared_needs_card_offers_each_participant_their_own_entries()
    {
        var forum = await RunningForum.StartAsync(Bot);

        var shared = forum.Item("bedarfe").Card;

        Assert.Contains(shared["actions"]!.AsArray(), a => (string?)a!["verb"] == "mine" && (string?)a["title"] == "Meine Einträge");
    }
}

public sealed class NeedsMergeOnSqliteTests : NeedsMergeTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class NeedsMergeOnPostgresTests(PostgresFixture postgres) : NeedsMergeTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
