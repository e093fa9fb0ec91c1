using Collaboration.Fakes.Teams;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// A ranking (Rangfolge) through the real pipeline: participants order options on the card, a repeated option is
/// refused naming its places, the results card shows Borda scores, and forum 2 starts from forum 1's top three.
/// </summary>
public abstract class RankingTests : BotTest
{
    private const string Template = """
        title: { de: Rangfolgen }
        stakeholderGroups: [{ key: kommune, de: Kommune }]
        forums:
          - number: 1
            title: { de: Erstes Forum }
            items:
              - key: prio
                kind: ranking
                prompt: { de: Was ist am dringendsten? }
                maxRanked: 3
                choices:
                  - { key: glasfaser, de: Glasfaser }
                  - { key: rufbus, de: Rufbus }
                  - { key: schulung, de: Schulung }
                  - { key: portal, de: Bürgerportal }
                  - { key: daten, de: Offene Daten }
          - number: 2
            title: { de: Zweites Forum }
            items:
              - key: weiter
                kind: ranking
                prompt: { de: Und in welcher Reihenfolge umsetzen? }
                carryOver: { fromForum: 1, fromItem: prio, top: 3 }
        """;

    private readonly TeamsUser _moderator = TeamsUser.Create("Maria Moderatorin");

    private async Task<(TeamsActivities Chat, string SeriesId, string ItemId)> StartAsync()
    {
        var chat = Bot.NewChat();
        var created = await Bot.ExecuteAsync(chat, _moderator, CardVerbs.CreateSeries, new JsonObject { [CardInputs.TemplateText] = Template });
        var started = await Bot.SayAsync(chat, _moderator, "forum starten 1");
        var seriesId = CardReader.DataValues(created, "seriesId").Concat(started.SelectMany(p => CardReader.DataValues(p.Card, "seriesId"))).Distinct().Single();
        var item = started.Single(p => p.ItemId is not null && p.Text.Contains("Was ist am dringendsten?", StringComparison.Ordinal));
        return (chat, seriesId, item.ItemId!);
    }

    private async Task<TeamsUser> OnboardAsync(TeamsActivities chat, string seriesId, string name)
    {
        var user = TeamsUser.Create(name);
        await Bot.ExecuteAsync(chat, user, "onboard", new JsonObject { ["seriesId"] = seriesId, ["in.group"] = "kommune", ["in.organisation"] = "Stadt Bernburg" });
        return user;
    }

    private Task<JsonNode> RankAsync(TeamsActivities chat, TeamsUser user, string itemId, params string[] places)
    {
        var data = new JsonObject { ["itemId"] = itemId };
        for (var i = 0; i < places.Length; i++)
        {
            data[CardInputs.RankPlace(i + 1)] = places[i];
        }

        return Bot.ExecuteAsync(chat, user, "answer", data);
    }

    [Fact]
    public async Task The_card_offers_one_choice_set_per_place_and_keeps_the_participants_order()
    {
        var (chat, seriesId, itemId) = await StartAsync();
        var paula = await OnboardAsync(chat, seriesId, "Paula Teilnehmerin");

        var answered = await RankAsync(chat, paula, itemId, "rufbus", "glasfaser");

        var text = CardReader.Text(answered);
        Assert.Contains("Ihre Antwort: 1. Rufbus, 2. Glasfaser", text, StringComparison.Ordinal);
        Assert.Contains("Platz 3", text, StringComparison.Ordinal);
        Assert.Equal("rufbus", CardReader.InputValue(answered, CardInputs.RankPlace(1)));
        Assert.Null(CardReader.InputValue(answered, CardInputs.RankPlace(4)));
    }

    [Fact]
    public async Task An_option_at_two_places_is_refused_naming_the_places_and_keeps_the_old_answer()
    {
        var (chat, seriesId, itemId) = await StartAsync();
        var paula = await OnboardAsync(chat, seriesId, "Paula Teilnehmerin");
        await RankAsync(chat, paula, itemId, "daten");

        var refused = await RankAsync(chat, paula, itemId, "rufbus", "glasfaser", "rufbus");

        Assert.Contains("„Rufbus“ steht auf Platz 1 und auf Platz 3.", CardReader.Text(refused), StringComparison.Ordinal);
        var mine = await Bot.ExecuteAsync(chat, paula, "mine", new JsonObject { ["itemId"] = itemId });
        Assert.Contains("Ihre Antwort: 1. Offene Daten", CardReader.Text(mine), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_show_borda_scores_and_forum_2_starts_from_the_top_three()
    {
        var (chat, seriesId, itemId) = await StartAsync();
        string[][] rankings = [["rufbus", "glasfaser", "daten"], ["rufbus", "schulung", "glasfaser"], ["glasfaser", "rufbus", "portal"]];
        for (var i = 0; i < rankings.Length; i++)
        {
            await RankAsync(chat, await OnboardAsync(chat, seriesId, $"Teilnehmende {i}"), itemId, rankings[i]);
        }

        // Three places: Rufbus 3+3+2 = 8, Glasfaser 2+1+3 = 6, then Schulung 2, Offene Daten 1, Bürgerportal 1.
        var results = CardReader.Text(await Bot.ExecuteAsync(chat, _moderator, "results", new JsonObject { ["itemId"] = itemId }));
        Assert.Contains("Rangpunkte (Borda)", results, StringComparison.Ordinal);
        Assert.Contains("Verteilung der Plätze", results, StringComparison.Ordinal);

        await Bot.SayAsync(chat, _moderator, "forum schließen 1");
        var started = await Bot.SayAsync(chat, _moderator, "forum starten 2");

        var next = started.Single(p => p.ItemId is not null && p.Text.Contains("Und in welcher Reihenfolge", StringComparison.Ordinal));
        var choices = CardReader.Elements(next.Card, "Input.ChoiceSet")[0]["choices"]!.AsArray().Select(c => (string?)c!["title"]).ToList();
        Assert.Equal(["Rufbus", "Glasfaser", "Schulung"], choices);
    }
}

public sealed class RankingOnSqliteTests : RankingTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class RankingOnPostgresTests(PostgresFixture postgres) : RankingTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
