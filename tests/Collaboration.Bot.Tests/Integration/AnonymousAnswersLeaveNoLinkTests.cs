using Collaboration.Forums.Delivery;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// The threat model's promise against a database reader without the key (docs/privacy.md): after anonymous answers,
/// needs and supports, a private fan-out, a reminder and the forum's close (which queues its archive), no row of any
/// table links a person to an anonymous answer: not by id, name, group, time of day, reminder list or outbox payload.
/// </summary>
public abstract class AnonymousAnswersLeaveNoLinkTests : IAsyncLifetime
{
    private const string NeedText = "Ein Rufbus für die Ortsteile, bitte anonym";
    private const string AnonymousItem = FanOutTeam.Item;

    private ThrowAwayStore _store = null!;

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task After_anonymous_answers_a_reminder_and_the_close_no_table_row_links_a_person_to_an_anonymous_answer()
    {
        await using var bot = await BotHost.StartAsync(_store, FanOutTeam.Settings);
        var team = await FanOutTeam.StartAsync(bot, 6);
        var forum = team.Forum;
        await bot.SayAsync(forum.Chat, forum.Moderator, "privat " + AnonymousItem);
        await team.WaitForSummaryAsync(bot, "Privat verschickt", TimeSpan.FromMinutes(1));

        // Two members answer the anonymous rating privately; the one in a group of their own also files an anonymous
        // need, which a third supports; a fourth answers the named open question; the rest stay silent.
        var (kommune, alone, supporter, named) = (team.Members[0], team.Members[1], team.Members[2], team.Members[3]);
        await team.AnswerPrivatelyAsync(bot, kommune, 4);
        await OnboardAsync(bot, team, alone, "wissenschaft");
        await AnswerAsync(bot, alone, forum.ItemId(AnonymousItem), new JsonObject { ["in.rating"] = "2" });
        await bot.ExecuteAsync(forum.Chat, alone, "submitNeed", new JsonObject
        {
            ["itemId"] = forum.ItemId("bedarfe"), ["clientKey"] = Guid.NewGuid().ToString("N"), ["in.needKind"] = "Need",
            ["in.needTopic"] = "smart-mobility", ["in.needText"] = NeedText,
        });
        await OnboardAsync(bot, team, supporter, "kommune");
        var needId = (await bot.Services.GetRequiredService<IForumStore>().GetNeedsAsync(Guid.Parse(forum.ItemId("bedarfe")), CancellationToken.None)).Single().Id;
        await bot.ExecuteAsync(forum.Chat, supporter, "supportNeed", new JsonObject { ["needId"] = needId.ToString() });
        await OnboardAsync(bot, team, named, "landkreis");
        await AnswerAsync(bot, named, forum.ItemId("chancen-text"), new JsonObject { ["in.text"] = "Mit Namen gesagt" });

        var asking = await bot.SayAsync(forum.Chat, forum.Moderator, "erinnern " + AnonymousItem);
        await bot.ExecuteAsync(forum.Chat, forum.Moderator, "remind", CardReader.ActionData(asking.Single().Card, "remind"));
        await team.WaitForSummaryAsync(bot, "Erinnerung verschickt", TimeSpan.FromMinutes(1));
        await bot.SayAsync(forum.Chat, forum.Moderator, "forum schließen 1");

        var dump = await DatabaseDump.ReadAsync(_store);
        var anonymousItems = dump.Rows("items").Where(i => i["anonymous"] is "1" or "True").Select(i => i["id"]!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = dump.Rows("participants").Select(p => new[] { p["id"]!, p["user_id"]!, p["display_name"]! })
            .Concat(team.Members.Select(m => new[] { m.Id, m.AadObjectId, m.Name }))
            .SelectMany(tokens => tokens).Where(t => t.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var anonymousResponses = dump.Rows("responses").Where(r => anonymousItems.Contains(r["item_id"]!)).ToList();
        var anonymousNeeds = dump.Rows("need_entries").Where(n => anonymousItems.Contains(n["item_id"]!)).ToList();
        var anonymousNeedIds = anonymousNeeds.Select(n => n["id"]!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var anonymousSupports = dump.Rows("need_supports").Where(s => anonymousNeedIds.Contains(s["need_id"]!)).ToList();
        Assert.Equal(2, anonymousResponses.Count);
        Assert.Single(anonymousNeeds);
        Assert.Single(anonymousSupports);
        Assert.Contains(dump.Rows("outbox"), r => r["kind"] == "archive-forum");

        // The anonymous rows themselves: no id, name or group of anyone; the group column is empty.
        foreach (var row in anonymousResponses.Concat(anonymousNeeds).Concat(anonymousSupports))
        {
            Assert.All(row.Values.Where(v => v is not null), value => Assert.DoesNotContain(people, p => value!.Contains(p, StringComparison.OrdinalIgnoreCase)));
            Assert.True(!row.ContainsKey("participant_id") || row["participant_id"] is null or "", "an anonymous row names its participant");
            Assert.True(!row.ContainsKey("group_key") || row["group_key"] == "", $"an anonymous row keeps the group {row.GetValueOrDefault("group_key")}");
        }

        // Nothing else in the database points at them: no other table holds their keys, ids or text.
        var anonymousValues = anonymousResponses.Concat(anonymousNeeds).Concat(anonymousSupports).Select(r => r["respondent_key"]!)
            .Concat(anonymousNeedIds).Append(NeedText).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (table, rows) in dump.Tables.Where(t => t.Key is not ("responses" or "need_entries" or "need_supports")))
        {
            Assert.All(rows.SelectMany(r => r.Values).Where(v => v is not null),
                value => Assert.DoesNotContain(anonymousValues, a => value!.Contains(a, StringComparison.OrdinalIgnoreCase)));
        }

        // Only the day is stored, so no anonymous row lines up with a join time or a named answer.
        var store = bot.Services.GetRequiredService<IForumStore>();
        var times = (await store.GetResponsesAsync(Guid.Parse(forum.ItemId(AnonymousItem)), CancellationToken.None)).Select(r => r.UpdatedAt)
            .Concat((await store.GetNeedsAsync(Guid.Parse(forum.ItemId("bedarfe")), CancellationToken.None)).Select(n => n.CreatedAt))
            .Concat((await store.GetNeedSupportsAsync(Guid.Parse(forum.ItemId("bedarfe")), CancellationToken.None)).Select(s => s.CreatedAt));
        Assert.All(times, t => Assert.Equal(TimeSpan.Zero, t.UtcDateTime.TimeOfDay));
        var namedAnswer = Assert.Single(await store.GetResponsesAsync(Guid.Parse(forum.ItemId("chancen-text")), CancellationToken.None));
        Assert.NotEqual(TimeSpan.Zero, namedAnswer.UpdatedAt.UtcDateTime.TimeOfDay);

        // The reminder's stored recipients are exactly those the item reached, whoever answered.
        var fanOuts = bot.Services.GetRequiredService<IFanOutStore>();
        var itemId = Guid.Parse(forum.ItemId(AnonymousItem));
        var sent = await fanOuts.GetRecipientsAsync((await fanOuts.GetLatestAsync(itemId, FanOutKind.Item, CancellationToken.None))!.Id, CancellationToken.None);
        var reminded = await fanOuts.GetRecipientsAsync((await fanOuts.GetLatestAsync(itemId, FanOutKind.Reminder, CancellationToken.None))!.Id, CancellationToken.None);
        Assert.Equal(sent.Select(r => r.UserId).Order(StringComparer.Ordinal), reminded.Select(r => r.UserId).Order(StringComparer.Ordinal));
        Assert.All(team.CardsReceived(bot).Values, cards => Assert.Equal(2, cards));
    }

    protected abstract Task<ThrowAwayStore> CreateStoreAsync();

    private static async Task OnboardAsync(BotHost bot, FanOutTeam team, TeamsUser member, string group)
    {
        var personal = FanOutTeam.Personal(bot, member);
        await bot.InvokeAsync(personal, personal.Execute(member, "onboard", new JsonObject
        {
            ["seriesId"] = team.Forum.SeriesId,
            ["in.group"] = group,
            ["in.organisation"] = "Hochschule Anhalt",
        }));
    }

    private static async Task AnswerAsync(BotHost bot, TeamsUser member, string itemId, JsonObject inputs)
    {
        var personal = FanOutTeam.Personal(bot, member);
        inputs["itemId"] = itemId;
        var saved = await bot.InvokeAsync(personal, personal.Execute(member, "answer", inputs));
        Assert.Contains("gespeichert", CardReader.Text(saved), StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class AnonymousAnswersLeaveNoLinkOnSqliteTests : AnonymousAnswersLeaveNoLinkTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class AnonymousAnswersLeaveNoLinkOnPostgresTests(PostgresFixture postgres) : AnonymousAnswersLeaveNoLinkTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
