namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// The case through the real pipeline: three groups of 3 + 3 + 1 voters. The shared results card must not let
/// anyone work out the single person's answer, neither from the groups it shows nor by subtracting them from the total.
/// </summary>
public abstract class SmallGroupsTests : BotTest
{
    [Fact]
    public async Task Three_three_one_voters_get_a_results_card_that_does_not_reveal_the_single_persons_choice()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var voters = new List<(TeamsUser User, string Group, string Choice)>();
        foreach (var (group, count, choice) in new[] { ("kommune", 3, "beratung"), ("unternehmen", 3, "beratung"), ("wissenschaft", 1, "projektumsetzung") })
        {
            voters.AddRange(Enumerable.Range(1, count).Select(i => (TeamsUser.Create($"{group} {i}"), group, choice)));
        }

        foreach (var (user, group, _) in voters)
        {
            await Bot.ExecuteAsync(forum.Chat, user, "onboard",
                new JsonObject { ["seriesId"] = forum.SeriesId, ["in.group"] = group, ["in.organisation"] = "Stadt Bernburg" });
        }

        // The single person votes among the first two: below k the card shows no figures at all.
        var (single, _, singleChoice) = voters[^1];
        await Vote(forum, voters[0].User, voters[0].Choice);
        var early = await Vote(forum, single, singleChoice);
        Assert.Contains("Ergebnisse erscheinen ab 3 Antworten", CardReader.Text(early), StringComparison.Ordinal);
        Assert.DoesNotContain("Antwortende:", CardReader.Text(early), StringComparison.Ordinal);

        foreach (var (user, _, choice) in voters.Skip(1).SkipLast(1))
        {
            await Vote(forum, user, choice);
        }

        var card = CardReader.Text(await Bot.WaitForUpdateAsync(forum.Chat, forum.Item("rolle-zentrum"), "Antwortende: 7", UpdateTimeout));

        // Shown: the total, one group of at least 3 and the rest of 4 (unternehmen folded so that 7 - 3 - 3 is not 1).
        Assert.Contains("Kommune (Stadt/Gemeinde)", card, StringComparison.Ordinal);
        Assert.Contains("Weitere Gruppen zusammen", card, StringComparison.Ordinal);
        Assert.Contains("Antwortende: 4", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Unternehmen", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Wissenschaft", card, StringComparison.Ordinal);

        // No group carries its split over the options, so the one "Umsetzer" vote is not tied to any group.
        Assert.DoesNotContain("Beratungsstelle (", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Antwortende: 1", card, StringComparison.Ordinal);
    }

    private Task<JsonNode> Vote(RunningForum forum, TeamsUser user, string choice) =>
        Bot.ExecuteAsync(forum.Chat, user, "answer", new JsonObject { ["itemId"] = forum.ItemId("rolle-zentrum"), ["in.choice"] = choice });
}

public sealed class SmallGroupsOnSqliteTests : SmallGroupsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class SmallGroupsOnPostgresTests(PostgresFixture postgres) : SmallGroupsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
