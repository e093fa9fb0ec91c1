using Collaboration.Forums.Delivery;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Card data is never trusted: an action whose data names a series, item or need of another chat, sent from a
/// conversation that is not that chat, is refused before any use case runs. It stores nothing and shows nothing.
/// </summary>
public abstract class ForeignConversationTests : BotTest
{
    private const string Refused = "nicht (mehr) mit diesem Chat verbunden";

    [Fact]
    public async Task Participant_actions_naming_another_chats_series_store_nothing_and_reveal_nothing()
    {
        var (forum, outsider, foreignChats) = await SetUpAsync();
        var store = Bot.Services.GetRequiredService<IForumStore>();
        var (bedeutung, bedarfe) = (Guid.Parse(forum.ItemId("bedeutung")), Guid.Parse(forum.ItemId("bedarfe")));
        var need = (await store.GetNeedsAsync(bedarfe, CancellationToken.None)).Single();
        var prompt = BuiltInSeries.Item(1, "bedeutung").Prompt!.De!;

        foreach (var chat in foreignChats)
        {
            JsonObject[] attempts =
            [
                chat.Execute(outsider, "answer", new JsonObject { ["itemId"] = forum.ItemId("bedeutung"), ["in.rating"] = "5" }),
                chat.Execute(outsider, "submitNeed", new JsonObject
                {
                    ["itemId"] = forum.ItemId("bedarfe"), ["clientKey"] = Guid.NewGuid().ToString("N"),
                    ["in.needKind"] = "Need", ["in.needTopic"] = "smart-mobility", ["in.needText"] = "Eingeschleust",
                }),
                chat.Execute(outsider, "supportNeed", new JsonObject { ["needId"] = need.Id.ToString() }),
                chat.Execute(outsider, "mine", new JsonObject { ["itemId"] = forum.ItemId("bedeutung") }),
                chat.Execute(outsider, "results", new JsonObject { ["itemId"] = forum.ItemId("bedeutung") }),
                chat.Execute(outsider, "results", new JsonObject { ["seriesId"] = forum.SeriesId, ["in.selectedItem"] = "bedeutung" }),
                chat.Execute(outsider, "onboard", new JsonObject { ["seriesId"] = forum.SeriesId, ["in.group"] = "kommune", ["in.organisation"] = "Fremdorganisation" }),
                chat.Execute(outsider, "onboard", new JsonObject
                {
                    ["seriesId"] = forum.SeriesId, ["thenItemId"] = forum.ItemId("bedeutung"), ["in.group"] = "kommune", ["in.organisation"] = "Fremdorganisation",
                }),
            ];
            foreach (var attempt in attempts)
            {
                var card = CardReader.Text(await Bot.InvokeAsync(chat, attempt));
                Assert.Contains(Refused, card, StringComparison.Ordinal);
                Assert.DoesNotContain(prompt, card, StringComparison.Ordinal);
                Assert.DoesNotContain("Stadt Bernburg", card, StringComparison.Ordinal);
                Assert.DoesNotContain(need.Text, card, StringComparison.Ordinal);
            }
        }

        Assert.Equal(1, await store.CountResponsesAsync(bedeutung, CancellationToken.None));
        Assert.Single(await store.GetNeedsAsync(bedarfe, CancellationToken.None));
        Assert.Empty(await store.GetNeedSupportsAsync(bedarfe, CancellationToken.None));
        Assert.Null(await store.GetParticipantAsync(Guid.Parse(forum.SeriesId), Id(outsider), CancellationToken.None));
    }

    [Fact]
    public async Task Moderator_verbs_naming_another_chats_series_change_nothing_even_for_that_series_moderator()
    {
        var (forum, outsider, foreignChats) = await SetUpAsync();
        var seriesId = Guid.Parse(forum.SeriesId);
        var data = new Func<JsonObject>[]
        {
            () => new JsonObject { ["seriesId"] = forum.SeriesId, ["forum"] = "2" },
            () => new JsonObject { ["seriesId"] = forum.SeriesId, ["in.selectedItem"] = "bedeutung" },
            () => new JsonObject { ["seriesId"] = forum.SeriesId, ["jobId"] = Guid.NewGuid().ToString() },
            () => new JsonObject
            {
                ["seriesId"] = forum.SeriesId, ["in.itemForum"] = "1", ["in.itemKey"] = "fremd", ["in.itemKind"] = "SingleChoice",
                ["in.itemPromptDe"] = "Fremde Frage?", ["in.itemOptions"] = "ja\nnein",
            },
        };
        (string Verb, int Data)[] verbs =
        [
            ("startForum", 0), ("closeForum", 0), ("carryOver", 0), ("openItem", 1), ("closeItem", 1),
            ("sendPrivately", 1), ("remind", 1), ("retryArchive", 2), ("addItem", 3),
        ];

        foreach (var user in new[] { outsider, forum.Moderator })
        {
            foreach (var chat in foreignChats)
            {
                foreach (var (verb, index) in verbs)
                {
                    var card = CardReader.Text(await Bot.ExecuteAsync(chat, user, verb, data[index]()));
                    Assert.True(card.Contains(Refused, StringComparison.Ordinal), $"{verb} from {chat.ConversationId}: {card}");
                }
            }
        }

        var series = (await Bot.Services.GetRequiredService<IForumStore>().GetSeriesAsync(seriesId, CancellationToken.None))!;
        Assert.Equal(ForumStatus.Open, series.FindForum(1)!.Status);
        Assert.NotEqual(ForumStatus.Open, series.FindForum(2)!.Status);
        Assert.Equal(Forums.Items.ItemStatus.Open, series.FindItemByKey("bedeutung")!.Status);
        Assert.Null(series.FindItemByKey("fremd"));
        Assert.Null(await Bot.Services.GetRequiredService<IFanOutStore>().GetLatestAsync(Guid.Parse(forum.ItemId("bedeutung")), FanOutKind.Item, CancellationToken.None));
        Assert.DoesNotContain(Bot.Connector.Requests, r => r.Path.Contains("/members", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Forum 1 runs in its chat with one vote and one need; the outsider moderates a series of their own in another
    /// chat, and also writes from a chat without a series and from a personal chat that got nothing privately.
    /// </summary>
    private async Task<(RunningForum Forum, TeamsUser Outsider, TeamsActivities[] ForeignChats)> SetUpAsync()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var participant = TeamsUser.Create("Paula Teilnehmerin");
        await forum.OnboardAsync(participant);
        await forum.RateAsync(participant, "bedeutung", 4);
        await forum.SubmitNeedAsync(participant, "Ein Bürgerbus für die Dörfer");

        var outsider = TeamsUser.Create("Olaf Außenstehend");
        var ownChat = Bot.NewChat();
        await Bot.SayAsync(ownChat, outsider, "serie anlegen " + BuiltInSeries.Name);
        await Bot.SayAsync(ownChat, outsider, "forum starten 1");
        return (forum, outsider, [ownChat, Bot.NewChat(), Bot.NewPersonalChat()]);
    }

    private static string Id(TeamsUser user) => user.AadObjectId;
}

public sealed class ForeignConversationOnSqliteTests : ForeignConversationTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class ForeignConversationOnPostgresTests(PostgresFixture postgres) : ForeignConversationTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
