using Collaboration.Forums.Delivery;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Validation;
using Collaboration.Seeding;

namespace Collaboration.Forums.Store.Tests;

/// <summary>The data subject's rights on a real database: the export holds exactly the person's data, erasure leaves none.</summary>
public abstract partial class StoreContract
{
    private const string AnnaId = "aad-anna-7f3c";
    private const string AnnaName = "Anna Beispielfrau";
    private const string AnnaOrganisation = "Stadt Bernburg (Saale)";
    private const string BenId = "aad-ben-19d2";
    private const string BenName = "Ben Nachbarmann";

    [Fact]
    public async Task Export_holds_exactly_the_persons_named_data_and_nothing_of_others_or_of_anonymous_answers()
    {
        await using var store = await CreateStoreAsync();
        var world = await PrivacyWorld.CreateAsync(store);

        var export = await world.Service.ExportAsync(new UserRef(AnnaId, AnnaName), AnnaId, Ct);

        Assert.True(export.Succeeded);
        var data = export.Value;
        Assert.Equal(AnnaOrganisation, Assert.Single(data.Profiles).Organisation);
        Assert.Equal(["priority"], data.NamedAnswers.Select(a => a.ItemKey));
        Assert.Equal(new ChoiceAnswer(["work"]).ChoiceKeys, Assert.IsType<ChoiceAnswer>(data.NamedAnswers[0].Answer).ChoiceKeys);
        Assert.Equal(["Breitband für alle Ortsteile", "Schulungen vor Ort"], data.Needs.Select(n => n.Text).Order(StringComparer.Ordinal));
        Assert.Equal([world.BensNeedId], data.Supports.Select(s => s.NeedId));
        var delivery = Assert.Single(data.Deliveries);
        Assert.Equal("a:personal-anna", delivery.PersonalConversationId);
        Assert.Equal([(1, (DateTimeOffset?)null)], data.Archives.Select(a => (a.ForumNumber, a.ArchivedAt)));
        var json = PersonalDataJson.ToText(data);
        Assert.DoesNotContain(BenId, json, StringComparison.Ordinal);
        Assert.DoesNotContain(BenName, json, StringComparison.Ordinal);
        // Ben's need shows only as the need Anna supported, not as one of hers.
        Assert.Equal("Eigene Leitstelle", Assert.Single(data.Supports).NeedText);
        // The private send of the anonymous question is hers; whether and what she answered is not in the export.
        Assert.Equal("channels", delivery.ItemKey);
        Assert.DoesNotContain(world.AnnasAnonymousKey, json, StringComparison.Ordinal);
        Assert.Contains("anonymous", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_leaves_the_persons_id_and_name_in_no_table_and_keeps_what_others_gave()
    {
        await using var store = await CreateStoreAsync();
        var world = await PrivacyWorld.CreateAsync(store);
        var before = await DatabaseText.ReadAllAsync(store.Services);
        Assert.Contains(AnnaName, before, StringComparison.Ordinal);
        // Read once, so this instance keeps her row for the vote path.
        Assert.Equal(AnnaName, (await store.Forums.GetKeptParticipantAsync(world.Series.Id, AnnaId, Ct))!.DisplayName);
        // And the chat's binding: which kept chats were hers is not known in memory, so the erasure forgets them all.
        Assert.Equal(world.Series.Id, await store.Conversations.GetKeptBoundSeriesAsync("19:chat@thread.v2", Ct));

        var erased = await world.Service.EraseAsync(new UserRef(AnnaId, AnnaName), AnnaId, Ct);

        Assert.True(erased.Succeeded);
        // Nothing of her is kept in memory either: the kept row went with the erasure.
        Assert.Null(await store.Forums.GetKeptParticipantAsync(world.Series.Id, AnnaId, Ct));
        Assert.Null(store.Services.GetRequiredService<Kept.KeptBindings>().BoundSeries("19:chat@thread.v2"));
        Assert.Equal(new ErasureReceipt(Profiles: 1, Answers: 2, NeedsRemoved: 1, NeedsKeptWithoutAuthor: 1, Supports: 1, Deliveries: 1,
            ForumsToReArchive: 1), erased.Value with { ItemsToRefresh = [] });
        var after = await DatabaseText.ReadAllAsync(store.Services);
        foreach (var trace in world.TracesOfAnna)
        {
            Assert.DoesNotContain(trace, after, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(BenName, after, StringComparison.Ordinal);
        var forum = world.Series.FindForum(1)!;
        Assert.Single(await store.Forums.GetResponsesAsync(forum.FindItem("priority")!.Id, Ct));
        Assert.Single(await store.Forums.GetResponsesAsync(forum.FindItem("channels")!.Id, Ct));
        var needs = await store.Forums.GetNeedsAsync(forum.FindItem("needs")!.Id, Ct);
        var kept = Assert.Single(needs, n => n.Text == "Breitband für alle Ortsteile");
        Assert.Null(kept.ParticipantId);
        Assert.Equal("kommune", kept.GroupKey);
        Assert.DoesNotContain(needs, n => n.Text == "Schulungen vor Ort");
        Assert.Equal(1, (await store.Forums.GetNeedSupportsAsync(forum.FindItem("needs")!.Id, Ct)).Count(s => s.NeedId == kept.Id));

        var job = Assert.Single(await store.Outbox.ListOpenAsync(Ct), o => o.Kind == ErasePersonArchivePayload.Kind);
        // The SharePoint clean-up's id comes from the injected id source like every other new id.
        Assert.Equal(CountingIds.For(1), job.Id);
        var payload = ErasePersonArchivePayload.Parse(job.Payload);
        Assert.Equal([new ArchiveForumPayload(world.Series.Id, 1)], payload.Forums);
        Assert.Equal(2, payload.NeedIds.Count);
        Assert.Contains(kept.Id, payload.NeedIds);
    }

    [Fact]
    public async Task Erasure_asked_for_again_finds_nothing_and_queues_no_second_job()
    {
        await using var store = await CreateStoreAsync();
        var world = await PrivacyWorld.CreateAsync(store);
        await world.Service.EraseAsync(new UserRef(AnnaId, AnnaName), AnnaId, Ct);

        var again = await world.Service.EraseAsync(new UserRef(AnnaId, AnnaName), AnnaId, Ct);

        Assert.True(again.Value!.NothingFound);
        Assert.Single(await store.Outbox.ListOpenAsync(Ct), o => o.Kind == ErasePersonArchivePayload.Kind);
        Assert.True((await world.Service.ExportAsync(new UserRef(AnnaId, AnnaName), AnnaId, Ct)).Value!.IsEmpty);
    }

    [Fact]
    public async Task Someone_else_may_not_export_or_erase_a_person_but_a_configured_administrator_may()
    {
        await using var store = await CreateStoreAsync();
        var world = await PrivacyWorld.CreateAsync(store, administrator: "aad-dpo");

        var export = await world.Service.ExportAsync(new UserRef(BenId, BenName), AnnaId, Ct);
        var erasure = await world.Service.EraseAsync(new UserRef(BenId, BenName), AnnaId, Ct);

        Assert.Equal(RejectionCode.NotPrivacyAdministrator, export.Rejection?.Code);
        Assert.Equal(RejectionCode.NotPrivacyAdministrator, erasure.Rejection?.Code);
        Assert.Single((await world.Service.ExportAsync(new UserRef(AnnaId, AnnaName), AnnaId, Ct)).Value!.Profiles);

        var byLetter = await world.Service.EraseAsync(new UserRef("aad-dpo", "Datenschutz"), AnnaId, Ct);

        Assert.Equal(1, byLetter.Value!.Profiles);
        Assert.Empty((await world.Service.ExportAsync(new UserRef(AnnaId, AnnaName), AnnaId, Ct)).Value!.Profiles);
    }

    /// <summary>
    /// Forum 1 closed, with Anna and Ben: named and anonymous answers, needs (one of Anna's supported by Ben), Anna's
    /// support of Ben's need, a private send to both and a binding whose reference names Anna.
    /// </summary>
    private sealed record PrivacyWorld(PrivacyService Service, ForumSeries Series, Guid BensNeedId, string AnnasAnonymousKey, IReadOnlyList<string> TracesOfAnna)
    {
        public static async Task<PrivacyWorld> CreateAsync(StoreHarness store, string? administrator = null)
        {
            var keys = new RespondentKeys(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
            var options = new PrivacyOptions();
            if (administrator is not null)
            {
                options.AdministratorIds.Add(administrator);
            }

            var service = new PrivacyService(store.Services.GetRequiredService<IPersonalDataStore>(), store.Forums, keys, options, TimeProvider.System,
                new CountingIds());
            var series = SampleSeries.Create();
            Assert.True(series.StartForum(1).Succeeded);
            await store.Forums.AddSeriesAsync(series, Ct);
            var forum = series.FindForum(1)!;
            var (priority, channels, needsItem) = (forum.FindItem("priority")!, forum.FindItem("channels")!, forum.FindItem("needs")!);

            var anna = await store.Forums.SaveParticipantAsync(new Participant(Guid.NewGuid(), series.Id, AnnaId, AnnaName, "kommune", AnnaOrganisation, "Bernburg", T0), Ct);
            var ben = await store.Forums.SaveParticipantAsync(new Participant(Guid.NewGuid(), series.Id, BenId, BenName, "kommune", "Gemeinde Ilberstedt", null, T0), Ct);
            foreach (var (person, choice) in new[] { (anna, "work"), (ben, "mobility") })
            {
                await store.Forums.UpsertResponseAsync(new Response(priority.Id, keys.For(priority, person), RespondentKeys.ParticipantIdFor(priority, person),
                    person.GroupKey, new ChoiceAnswer([choice]), T0), Ct);
                await store.Forums.UpsertResponseAsync(new Response(channels.Id, keys.For(channels, person), RespondentKeys.ParticipantIdFor(channels, person),
                    person.GroupKey, new ChoiceAnswer(["teams"]), T0), Ct);
            }

            var supported = Need(needsItem, keys, anna, "Breitband für alle Ortsteile");
            var alone = Need(needsItem, keys, anna, "Schulungen vor Ort");
            var bens = Need(needsItem, keys, ben, "Eigene Leitstelle");
            foreach (var need in new[] { supported, alone, bens })
            {
                await store.Forums.AddNeedAsync(need, Ct);
            }

            await store.Forums.AddNeedSupportAsync(new NeedSupport(supported.Id, keys.For(needsItem, ben), T0), Ct);
            await store.Forums.AddNeedSupportAsync(new NeedSupport(bens.Id, keys.For(needsItem, anna), T0), Ct);

            var fanOuts = store.Services.GetRequiredService<IFanOutStore>();
            var fanOut = new FanOut(Guid.NewGuid(), series.Id, channels.Id, FanOutKind.Item, "19:chat@thread.v2", "{}", "user-moderator", T0);
            await fanOuts.AddAsync(fanOut, [], Ct);
            await fanOuts.AddRecipientsAsync(fanOut.Id,
                [FanOutRecipient.Of(fanOut.Id, new RosterMember("29:anna", AnnaId, AnnaName)), FanOutRecipient.Of(fanOut.Id, new RosterMember("29:ben", BenId, BenName))], Ct);
            await fanOuts.SaveConversationAsync(fanOut.Id, AnnaId, "a:personal-anna", Ct);
            var reference = $$"""{"user":{"id":"29:anna","name":"{{AnnaName}}","aadObjectId":"{{AnnaId}}"},"conversation":{"id":"19:chat@thread.v2"},"serviceUrl":"https://smba.example/"}""";
            await store.Conversations.BindSeriesAsync("19:chat@thread.v2", series.Id, reference, Ct);

            Assert.True(series.CloseForum(1).Succeeded);
            await store.Forums.UpdateSeriesAsync(series, Ct);

            IReadOnlyList<string> traces =
            [
                AnnaId, AnnaName, AnnaOrganisation, "29:anna", "a:personal-anna", anna.Id.ToString("N"), anna.Id.ToString("D"),
                keys.For(channels, anna), keys.For(priority, anna), "Schulungen vor Ort",
            ];
            return new PrivacyWorld(service, series, bens.Id, keys.For(channels, anna), traces);
        }

        private static NeedEntry Need(ForumItem item, RespondentKeys keys, Participant person, string text) =>
            new(Guid.NewGuid(), item.Id, keys.For(item, person), RespondentKeys.ParticipantIdFor(item, person), person.GroupKey, NeedKind.Need, "mobility",
                text, Guid.NewGuid().ToString("N"), T0);
    }
}
