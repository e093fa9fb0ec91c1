using Collaboration.Forums.Kinds.Ranking;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Collaboration.Forums.Store.Tests;

/// <summary>What every provider of the store must do; each provider's test class runs all of it on a real database.</summary>
public abstract partial class StoreContract
{
    private static readonly DateTimeOffset T0 = new(2025, 5, 6, 10, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => CancellationToken.None;

    /// <summary>A started store on a new, empty database, on <paramref name="clock"/> if given.</summary>
    protected abstract Task<StoreHarness> CreateStoreAsync(TimeProvider? clock = null);

    [Fact]
    public async Task Series_with_every_item_kind_reads_back_as_written()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();

        await store.Forums.AddSeriesAsync(series, Ct);
        var loaded = await store.Forums.GetSeriesAsync(series.Id, Ct);

        Assert.NotNull(loaded);
        Assert.Equal(SeriesSnapshot.Of(series), SeriesSnapshot.Of(loaded));
        Assert.Equal(SampleSeries.CreatedAt, loaded.CreatedAt);
        Assert.Equal(
            ["singleChoice", "multipleChoice", "rating", "openText", "needs", "points", "matrix", "matrixRating"],
            loaded.Forums.SelectMany(f => f.Items).Select(i => i.Spec.KindName));
    }

    [Fact]
    public async Task Series_is_found_by_any_of_its_items_and_unknown_ids_read_as_null()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);

        var byItem = await store.Forums.GetSeriesOfItemAsync(series.Forums[2].Items[0].Id, Ct);

        Assert.Equal(series.Id, byItem?.Id);
        Assert.Null(await store.Forums.GetSeriesOfItemAsync(Guid.NewGuid(), Ct));
        Assert.Null(await store.Forums.GetSeriesAsync(Guid.NewGuid(), Ct));
    }

    [Fact]
    public async Task Update_persists_statuses_added_items_and_carried_over_options_together()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);

        var loaded = (await store.Forums.GetSeriesAsync(series.Id, Ct))!;
        Assert.True(loaded.StartForum(1).Succeeded);
        Assert.True(loaded.StartForum(2).Succeeded);
        var services = loaded.FindForum(2)!.FindItem("services")!;
        ForumSeries.ApplyCarriedChoices(services, [new("need-1", new("Breitband")), new("need-2", new("Schulungen", "Training"))]);
        Assert.True(loaded.CloseItem(services.Id).Succeeded);
        // The aggregate adds items through rules a colleague is writing; a snapshot with one more item is what the
        // store receives either way.
        var added = new ForumItem(Guid.NewGuid(), "extra", 3, new("Was fehlt noch?"), new OpenTextSpec(200), anonymous: true, ItemStatus.Open);
        var withAdded = WithItemAdded(loaded, 2, added);

        await store.Forums.UpdateSeriesAsync(withAdded, Ct);
        var reloaded = await store.Forums.GetSeriesAsync(series.Id, Ct);

        Assert.Equal(SeriesSnapshot.Of(withAdded), SeriesSnapshot.Of(reloaded));
        Assert.Equal([ForumStatus.Closed, ForumStatus.Open, ForumStatus.Draft], reloaded!.Forums.Select(f => f.Status));
        Assert.All(reloaded.Forums[0].Items, i => Assert.Equal(ItemStatus.Closed, i.Status));
        var carried = reloaded.FindForum(2)!.FindItem("services")!;
        Assert.Equal(ItemStatus.Closed, carried.Status);
        Assert.Equal(["need-1", "need-2"], carried.Spec.CarryTarget.Select(c => c.Key));
        Assert.Equal(ItemStatus.Open, reloaded.FindForum(2)!.FindItem("extra")!.Status);
    }

    [Fact]
    public async Task Upsert_inserts_then_updates_then_reports_a_repeat_as_unchanged()
    {
        await using var store = await CreateStoreAsync();
        var item = await AddSeriesAndTakeItemAsync(store, "channels");
        var first = new Response(item, "a:hash-1", null, "kommune", new ChoiceAnswer(["mail"]), T0);
        var changed = first with { Answer = new ChoiceAnswer(["mail", "teams"]), UpdatedAt = T0.AddMinutes(1) };

        Assert.Equal(ResponseWrite.Inserted, await store.Forums.UpsertResponseAsync(first, Ct));
        Assert.Equal(ResponseWrite.Unchanged, await store.Forums.UpsertResponseAsync(first, Ct));
        Assert.Equal(ResponseWrite.Updated, await store.Forums.UpsertResponseAsync(changed, Ct));
        Assert.Equal(ResponseWrite.Unchanged, await store.Forums.UpsertResponseAsync(changed with { UpdatedAt = T0.AddMinutes(2) }, Ct));

        var stored = await store.Forums.GetResponseAsync(item, "a:hash-1", Ct);
        Assert.NotNull(stored);
        Assert.Null(stored.ParticipantId);
        Assert.Equal("kommune", stored.GroupKey);
        Assert.Equal(T0.AddMinutes(1), stored.UpdatedAt);
        Assert.Equal(["mail", "teams"], Assert.IsType<ChoiceAnswer>(stored.Answer).ChoiceKeys);
        Assert.Equal(1, await store.Forums.CountResponsesAsync(item, Ct));
        Assert.Null(await store.Forums.GetResponseAsync(item, "a:someone-else", Ct));
    }

    [Fact]
    public async Task A_late_retry_of_an_older_answer_does_not_undo_a_newer_one()
    {
        await using var store = await CreateStoreAsync();
        var item = await AddSeriesAndTakeItemAsync(store, "maturity");
        var older = new Response(item, "a:hash-2", null, "kommune", new RatingAnswer(2), T0);
        var newer = older with { Answer = new RatingAnswer(4), UpdatedAt = T0.AddSeconds(30) };

        await store.Forums.UpsertResponseAsync(newer, Ct);
        var write = await store.Forums.UpsertResponseAsync(older, Ct);

        Assert.Equal(ResponseWrite.Unchanged, write);
        Assert.Equal(new RatingAnswer(4), (await store.Forums.GetResponseAsync(item, "a:hash-2", Ct))!.Answer);
    }

    [Fact]
    public async Task Every_answer_shape_round_trips()
    {
        await using var store = await CreateStoreAsync();
        var item = await AddSeriesAndTakeItemAsync(store, "operators");
        var participant = Guid.NewGuid();
        Answer[] answers =
        [
            new ChoiceAnswer(["a", "b"]),
            new RatingAnswer(3),
            new TextAnswer("Breitband für alle Ortsteile – \"schnell\""),
            new PointsAnswer(new Dictionary<string, int> { ["x"] = 7, ["y"] = 3 }),
            new MatrixChoiceAnswer(new Dictionary<string, string> { ["training"] = "district" }),
            new MatrixRatingAnswer(new Dictionary<string, IReadOnlyDictionary<string, int>> { ["gmbh"] = new Dictionary<string, int> { ["cost"] = 2, ["control"] = 5 } }),
            new RankingAnswer(["b", "a", "c"]),
        ];

        for (var i = 0; i < answers.Length; i++)
        {
            await store.Forums.UpsertResponseAsync(new Response(item, $"p:{i}", participant, "wirtschaft", answers[i], T0.AddSeconds(i)), Ct);
        }

        var stored = await store.Forums.GetResponsesAsync(item, Ct);
        Assert.Equal(answers.Length, stored.Count);
        for (var i = 0; i < answers.Length; i++)
        {
            Assert.Equivalent(answers[i], stored[i].Answer, strict: true);
            Assert.Equal(answers[i].GetType(), stored[i].Answer.GetType());
            Assert.Equal(participant, stored[i].ParticipantId);
        }
    }

    [Fact]
    public async Task Concurrent_votes_and_duplicate_deliveries_store_one_last_answer_per_respondent()
    {
        await using var store = await CreateStoreAsync();
        var item = await AddSeriesAndTakeItemAsync(store, "priority");
        const int respondents = 300;
        var votes = Enumerable.Range(0, respondents)
            .Select(i => new Response(item, $"p:{i:D4}", null, i % 2 == 0 ? "kommune" : "wirtschaft", new ChoiceAnswer(["mobility"]), T0))
            .ToList();
        var duplicates = votes.Take(100).ToList();
        var changes = votes.Skip(200).Take(50).Select(v => v with { Answer = new ChoiceAnswer(["work"]), UpdatedAt = T0.AddSeconds(5) }).ToList();
        var deliveries = votes.Concat(duplicates).Concat(changes).OrderBy(_ => Random.Shared.Next()).ToList();

        using var start = new ManualResetEventSlim();
        var tasks = deliveries.Select(d => Task.Run(async () =>
        {
            start.Wait();
            return await store.Forums.UpsertResponseAsync(d, Ct);
        })).ToList();
        start.Set();
        var writes = await Task.WhenAll(tasks);

        Assert.Equal(respondents, writes.Count(w => w == ResponseWrite.Inserted));
        Assert.True(writes.Count(w => w == ResponseWrite.Updated) <= changes.Count);
        Assert.Equal(respondents, await store.Forums.CountResponsesAsync(item, Ct));
        var stored = (await store.Forums.GetResponsesAsync(item, Ct)).ToDictionary(r => r.RespondentKey);
        Assert.Equal(respondents, stored.Count);
        var changedKeys = changes.Select(c => c.RespondentKey).ToHashSet(StringComparer.Ordinal);
        foreach (var vote in votes)
        {
            var expected = changedKeys.Contains(vote.RespondentKey) ? "work" : "mobility";
            Assert.Equal([expected], Assert.IsType<ChoiceAnswer>(stored[vote.RespondentKey].Answer).ChoiceKeys);
        }
    }

    [Fact]
    public async Task Need_is_filed_once_per_client_key_even_when_submitted_twice_at_once()
    {
        await using var store = await CreateStoreAsync();
        var item = await AddSeriesAndTakeItemAsync(store, "needs");
        var participant = Guid.NewGuid();
        NeedEntry Entry(string clientKey) => new(Guid.NewGuid(), item, "p:1", participant, "kommune", NeedKind.Obstacle, "mobility",
            "Kein Breitband in den Ortsteilen", clientKey, T0);

        var added = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => store.Forums.AddNeedAsync(Entry("card-1"), Ct))));
        var second = Entry("card-2");
        Assert.True(await store.Forums.AddNeedAsync(second, Ct));
        Assert.False(await store.Forums.AddNeedAsync(second with { Id = Guid.NewGuid() }, Ct));

        Assert.Equal(1, added.Count(a => a));
        var needs = await store.Forums.GetNeedsAsync(item, Ct);
        Assert.Equal(["card-1", "card-2"], needs.Select(n => n.ClientKey).Order(StringComparer.Ordinal));
        Assert.Equal(second, await store.Forums.GetNeedAsync(second.Id, Ct));
        Assert.Null(await store.Forums.GetNeedAsync(Guid.NewGuid(), Ct));
    }

    [Fact]
    public async Task Need_support_counts_once_per_respondent()
    {
        await using var store = await CreateStoreAsync();
        var item = await AddSeriesAndTakeItemAsync(store, "needs");
        var need = new NeedEntry(Guid.NewGuid(), item, "p:1", null, "kommune", NeedKind.Wish, "work", "Homeoffice-Regeln", "card-9", T0);
        await store.Forums.AddNeedAsync(need, Ct);

        var first = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() =>
            store.Forums.AddNeedSupportAsync(new NeedSupport(need.Id, "p:2", T0.AddMinutes(1)), Ct))));
        var other = await store.Forums.AddNeedSupportAsync(new NeedSupport(need.Id, "p:3", T0.AddMinutes(2)), Ct);

        Assert.Equal(1, first.Count(a => a));
        Assert.True(other);
        var supports = await store.Forums.GetNeedSupportsAsync(item, Ct);
        Assert.Equal([new NeedSupport(need.Id, "p:2", T0.AddMinutes(1)), new NeedSupport(need.Id, "p:3", T0.AddMinutes(2))], supports);
    }

    [Fact]
    public async Task Onboarding_twice_updates_the_declaration_and_keeps_one_participant()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        var first = new Participant(Guid.NewGuid(), series.Id, "aad-1", "Anna Beispiel", "kommune", "Stadt Bernburg", "Bernburg", T0);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            store.Forums.SaveParticipantAsync(first with { Id = Guid.NewGuid() }, Ct))));
        var changed = await store.Forums.SaveParticipantAsync(
            first with { Id = Guid.NewGuid(), GroupKey = "wirtschaft", Organisation = "Stadtwerke", Municipality = null, JoinedAt = T0.AddDays(1) }, Ct);
        await store.Forums.SaveParticipantAsync(new Participant(Guid.NewGuid(), series.Id, "aad-2", "Ben", "kommune", "Gemeinde", null, T0), Ct);

        Assert.Single(concurrent.Select(p => p.Id).Distinct());
        Assert.Equal(concurrent[0].Id, changed.Id);
        Assert.Equal(T0, changed.JoinedAt);
        Assert.Equal(changed, await store.Forums.GetParticipantAsync(series.Id, "aad-1", Ct));
        Assert.Equal(("wirtschaft", "Stadtwerke", (string?)null), (changed.GroupKey, changed.Organisation, changed.Municipality));
        Assert.Equal(["aad-1", "aad-2"], (await store.Forums.GetParticipantsAsync(series.Id, Ct)).Select(p => p.UserId).Order(StringComparer.Ordinal));
        Assert.Null(await store.Forums.GetParticipantAsync(series.Id, "aad-unknown", Ct));
    }

    [Fact]
    public async Task Conversation_binding_is_replaced_by_a_later_bind()
    {
        await using var store = await CreateStoreAsync();
        var one = SampleSeries.Create();
        var two = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(one, Ct);
        await store.Forums.AddSeriesAsync(two, Ct);

        await store.Conversations.BindSeriesAsync("19:abc@thread.tacv2", one.Id, "{\"ref\":1}", Ct);
        await store.Conversations.BindSeriesAsync("19:abc@thread.tacv2", two.Id, "{\"ref\":2}", Ct);

        Assert.Equal(two.Id, await store.Conversations.GetBoundSeriesAsync("19:abc@thread.tacv2", Ct));
        Assert.Equal("{\"ref\":2}", await store.Conversations.GetConversationReferenceAsync("19:abc@thread.tacv2", Ct));
        Assert.Null(await store.Conversations.GetBoundSeriesAsync("19:other", Ct));
        Assert.Null(await store.Conversations.GetConversationReferenceAsync("19:other", Ct));
    }

    [Fact]
    public async Task Conversations_of_a_series_are_those_bound_to_it_now()
    {
        await using var store = await CreateStoreAsync();
        var one = SampleSeries.Create();
        var two = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(one, Ct);
        await store.Forums.AddSeriesAsync(two, Ct);

        await store.Conversations.BindSeriesAsync("19:b@thread.v2", one.Id, "{\"ref\":\"b\"}", Ct);
        await store.Conversations.BindSeriesAsync("19:a@thread.v2", one.Id, "{\"ref\":\"a\"}", Ct);
        await store.Conversations.BindSeriesAsync("19:moved@thread.v2", one.Id, "{\"ref\":1}", Ct);
        await store.Conversations.BindSeriesAsync("19:moved@thread.v2", two.Id, "{\"ref\":2}", Ct);

        Assert.Equal(
            [new BoundConversation("19:a@thread.v2", "{\"ref\":\"a\"}"), new BoundConversation("19:b@thread.v2", "{\"ref\":\"b\"}")],
            await store.Conversations.GetConversationsOfSeriesAsync(one.Id, Ct));
        Assert.Equal([new BoundConversation("19:moved@thread.v2", "{\"ref\":2}")], await store.Conversations.GetConversationsOfSeriesAsync(two.Id, Ct));
        Assert.Empty(await store.Conversations.GetConversationsOfSeriesAsync(Guid.NewGuid(), Ct));
    }

    [Fact]
    public async Task Card_posts_are_stored_once_and_listed_per_item()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        var item = series.Forums[0].Items[0].Id;
        var other = series.Forums[0].Items[1].Id;
        var first = new CardPost(item, "19:chat-a", "act-1", T0);
        var second = new CardPost(item, "19:chat-b", "act-7", T0.AddMinutes(1));

        await store.Conversations.SaveCardPostAsync(second, Ct);
        await store.Conversations.SaveCardPostAsync(first, Ct);
        await store.Conversations.SaveCardPostAsync(first with { PostedAt = T0.AddHours(1) }, Ct);
        await store.Conversations.SaveCardPostAsync(new CardPost(other, "19:chat-a", "act-2", T0), Ct);

        Assert.Equal([first, second], await store.Conversations.GetCardPostsAsync(item, Ct));
        Assert.Empty(await store.Conversations.GetCardPostsAsync(Guid.NewGuid(), Ct));
    }

    [Fact]
    public async Task Migrations_create_the_schema_on_an_empty_database_and_match_the_model()
    {
        await using var store = await CreateStoreAsync();
        using var scope = store.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();

        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration covers: run dotnet ef migrations add for this provider.");
        Assert.Equal(0, await db.Series.CountAsync(Ct));
    }

    [Fact]
    public async Task Spec_is_stored_as_json_led_by_its_kind_without_computed_fields()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        using var scope = store.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();

        var spec = await db.Items.Where(i => i.Key == "services").Select(i => i.Spec).SingleAsync(Ct);

        Assert.StartsWith("{\"kind\":\"points\"", spec, StringComparison.Ordinal);
        Assert.DoesNotContain("carryTarget", spec, StringComparison.Ordinal);
        Assert.DoesNotContain("kindName", spec, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_check_reports_the_database_healthy()
    {
        await using var store = await CreateStoreAsync();

        var report = await store.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Ct);

        Assert.Equal(HealthStatus.Healthy, report.Entries["forum-store"].Status);
    }

    private static async Task<Guid> AddSeriesAndTakeItemAsync(StoreHarness store, string itemKey)
    {
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        return series.Forums.SelectMany(f => f.Items).Single(i => i.Key == itemKey).Id;
    }

    private static ForumSeries WithItemAdded(ForumSeries series, int forumNumber, ForumItem added) => new(
        series.Id, series.Title, series.Goal, series.CreatedBy, series.CreatedAt, series.Groups, series.Topics,
        series.Forums.Select(f => f.Number == forumNumber
            ? new Forum(f.Id, f.Number, f.Title, f.Description, f.Status, f.Items.Append(added))
            : f),
        series.Moderators, series.MinGroupSize, series.ImplementationPath);
}
