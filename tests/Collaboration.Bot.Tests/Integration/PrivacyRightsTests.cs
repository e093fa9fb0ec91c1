using Collaboration.Fakes.Teams;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>A participant asks for their data and then erases it, in the personal chat, through the real pipeline.</summary>
public abstract class PrivacyRightsTests : BotTest
{
    [Fact]
    public async Task My_data_in_the_personal_chat_gives_a_summary_and_a_json_file_with_only_my_data()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var paula = TeamsUser.Create("Paula Teilnehmerin");
        var peter = TeamsUser.Create("Peter Nachbar");
        foreach (var person in new[] { paula, peter })
        {
            await forum.OnboardAsync(person);
            await forum.SubmitNeedAsync(person, $"Bedarf von {person.Name}");
        }

        var personal = Bot.NewPersonalChat();
        var card = Assert.Single(await Bot.SayAsync(personal, paula, "meine daten"));

        Assert.Contains("Antworten auf anonyme Fragen", card.Text, StringComparison.Ordinal);
        Assert.Contains("Stadt Bernburg", card.Text, StringComparison.Ordinal);
        var link = new Uri((string)Assert.Single(CardReader.Elements(card.Card, "Action.OpenUrl"))["url"]!);
        using var file = await Bot.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var json = JsonNode.Parse(await file.Content.ReadAsStringAsync())!;
        Assert.Equal(paula.AadObjectId, (string?)json["userId"]);
        Assert.Equal("Paula Teilnehmerin", (string?)json["profiles"]![0]!["displayName"]);
        // The seed's needs question is anonymous: the need is stored under a keyed hash, and the export does not link it.
        Assert.Empty(json["needs"]!.AsArray());
        Assert.DoesNotContain("Bedarf von Paula", json.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Peter", json.ToJsonString(), StringComparison.Ordinal);
        await Bot.AssertEveryCardValidAsync();
    }

    [Fact]
    public async Task My_data_and_delete_my_data_are_refused_outside_the_personal_chat_and_reveal_nothing()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var paula = TeamsUser.Create("Paula Teilnehmerin");
        await forum.OnboardAsync(paula);

        var export = Assert.Single(await forum.SayAsync(paula, "meine daten"));
        var erase = Assert.Single(await forum.SayAsync(paula, "daten löschen"));
        var byButton = await Bot.ExecuteAsync(forum.Chat, paula, "eraseData", new JsonObject { ["subject"] = paula.AadObjectId });

        Assert.All(new[] { export.Text, erase.Text, CardReader.Text(byButton) },
            t => Assert.Contains("nur im persönlichen Chat", t, StringComparison.Ordinal));
        Assert.DoesNotContain("Stadt Bernburg", export.Text, StringComparison.Ordinal);
        Assert.Single(await Bot.Services.GetRequiredService<IForumStore>().GetParticipantsAsync(Guid.Parse(forum.SeriesId), CancellationToken.None));
    }

    [Fact]
    public async Task Delete_my_data_asks_first_then_erases_and_my_data_is_empty_afterwards()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var paula = TeamsUser.Create("Paula Teilnehmerin");
        await forum.OnboardAsync(paula);
        await forum.RateAsync(paula, "bedeutung", 5);
        var personal = Bot.NewPersonalChat("en-US");

        var confirm = Assert.Single(await Bot.SayAsync(personal, paula, "delete my data"));

        Assert.Contains("cannot be undone", confirm.Text, StringComparison.Ordinal);
        var store = Bot.Services.GetRequiredService<IForumStore>();
        Assert.Single(await store.GetParticipantsAsync(Guid.Parse(forum.SeriesId), CancellationToken.None));
        var button = Assert.Single(CardReader.Elements(confirm.Card, "Action.Execute"));

        var erased = await Bot.ExecuteAsync(personal, paula, (string)button["verb"]!, button["data"]!.DeepClone().AsObject());

        // The rating was anonymous: erasure found it through the keyed hash, while the person's profile still existed.
        Assert.Contains("Deleted: 1 sign-up(s), 1 answer(s)", CardReader.Text(erased), StringComparison.Ordinal);
        Assert.Empty(await store.GetParticipantsAsync(Guid.Parse(forum.SeriesId), CancellationToken.None));
        Assert.Empty(await store.GetResponsesAsync(Guid.Parse(forum.ItemId("bedeutung")), CancellationToken.None));
        var after = Assert.Single(await Bot.SayAsync(personal, paula, "my data"));
        Assert.Contains("Nothing is stored about you", after.Text, StringComparison.Ordinal);
        await Bot.AssertEveryCardValidAsync();
    }

    [Fact]
    public async Task A_participant_naming_someone_elses_user_id_is_refused_by_command_and_by_a_forged_button()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var paula = TeamsUser.Create("Paula Teilnehmerin");
        await forum.OnboardAsync(paula);
        var peter = TeamsUser.Create("Peter Nachbar");
        var personal = Bot.NewPersonalChat();

        var refused = Assert.Single(await Bot.SayAsync(personal, peter, "meine daten " + paula.AadObjectId));
        var forged = await Bot.ExecuteAsync(personal, peter, "eraseData", new JsonObject { ["subject"] = paula.AadObjectId });

        Assert.Contains("Datenschutz-Administrator", refused.Text, StringComparison.Ordinal);
        Assert.Contains("Datenschutz-Administrator", CardReader.Text(forged), StringComparison.Ordinal);
        Assert.DoesNotContain("Stadt Bernburg", refused.Text, StringComparison.Ordinal);
        Assert.Single(await Bot.Services.GetRequiredService<IForumStore>().GetParticipantsAsync(Guid.Parse(forum.SeriesId), CancellationToken.None));
    }
}

public sealed class PrivacyRightsOnSqliteTests : PrivacyRightsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class PrivacyRightsOnPostgresTests(PostgresFixture postgres) : PrivacyRightsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
