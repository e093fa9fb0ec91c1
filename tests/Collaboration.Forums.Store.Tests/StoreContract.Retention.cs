using System.Text.Json;
using Collaboration.Forums.Outbox;
using Collaboration.Forums.Results;

namespace Collaboration.Forums.Store.Tests;

/// <summary>Retention on a fake clock: personal data goes when the period ends, the aggregates the reports need stay.</summary>
public abstract partial class StoreContract
{
    private static readonly TimeSpan OutboxKeep = TimeSpan.FromDays(30);

    [Fact]
    public async Task Retention_removes_personal_data_only_after_the_period_and_keeps_every_result_and_count()
    {
        await using var store = await CreateStoreAsync();
        var world = await PrivacyWorld.CreateAsync(store);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sweeper = new RetentionSweeper(store.Services.GetRequiredService<IRetentionStore>(), clock);
        var before = await AggregatesAsync(store, world.Series);
        // The instance keeps a snapshot of the series and Anna's row from here on; expiry must leave neither behind.
        Assert.NotNull(await store.Forums.GetKeptParticipantAsync(world.Series.Id, AnnaId, Ct));
        Assert.Equal(world.Series.Id, await store.Conversations.GetKeptBoundSeriesAsync("19:chat@thread.v2", Ct));
        Assert.Contains("user-co-moderator", (await store.Forums.GetSeriesAsync(world.Series.Id, Ct))!.Moderators);

        clock.Advance(TimeSpan.FromDays(300));
        var early = await sweeper.SweepAsync(OutboxKeep, Ct);

        Assert.Equal(0, early.SeriesExpired);
        Assert.Contains(AnnaName, await DatabaseText.ReadAllAsync(store.Services), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromDays(70));
        var due = await sweeper.SweepAsync(OutboxKeep, Ct);
        var again = await sweeper.SweepAsync(OutboxKeep, Ct);

        Assert.Equal(1, due.SeriesExpired);
        Assert.Equal(0, again.SeriesExpired);
        // The instance's kept rows for votes are forgotten with the series' personal data.
        Assert.Null(await store.Forums.GetKeptParticipantAsync(world.Series.Id, AnnaId, Ct));
        Assert.Null(await store.Conversations.GetKeptBoundSeriesAsync("19:chat@thread.v2", Ct));
        var after = await DatabaseText.ReadAllAsync(store.Services);
        foreach (var trace in world.TracesOfAnna.Where(t => t != "Schulungen vor Ort").Concat([BenId, BenName, "Gemeinde Ilberstedt", "29:ben"]))
        {
            Assert.DoesNotContain(trace, after, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(before, await AggregatesAsync(store, world.Series));
        // The replacements are bare random pseudonyms: no participant id, nothing of the keyed hashes or of a time.
        var item = world.Series.FindForum(1)!.FindItem("channels")!;
        Assert.All(await store.Forums.GetResponsesAsync(item.Id, Ct), r => Assert.Matches("^r:[0-9a-f]{32}$", r.RespondentKey));
        var expired = (await store.Forums.GetSeriesAsync(world.Series.Id, Ct))!;
        // Only the placeholder the creator's id became is left; nobody moderates an expired series.
        Assert.Equal([ErasureRules.ErasedId], expired.Moderators);
        Assert.Equal(ErasureRules.ErasedId, expired.CreatedBy);
    }

    [Fact]
    public async Task Roster_of_a_finished_fan_out_is_dropped_once_its_item_is_closed_and_finished_outbox_messages_are_purged()
    {
        await using var store = await CreateStoreAsync();
        var (fanOuts, fanOut) = await NewFanOutAsync(store, 3);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sweeper = new RetentionSweeper(store.Services.GetRequiredService<IRetentionStore>(), clock);
        foreach (var member in await fanOuts.GetRecipientsAsync(fanOut.Id, Ct))
        {
            await fanOuts.MarkSentAsync(fanOut.Id, member.UserId, "a:personal-" + member.UserId, "1", Ct);
        }

        Assert.Single(await fanOuts.CompleteFinishedAsync(Ct));
        var message = OutboxMessage.ArchiveForum(Guid.NewGuid(), fanOut.SeriesId, 1, clock.GetUtcNow());
        await store.Outbox.EnqueueAsync(message, Ct);
        await store.Outbox.CompleteAsync(message.Id, Ct);

        var whileOpen = await sweeper.SweepAsync(OutboxKeep, Ct);

        Assert.Equal((0, 0), (whileOpen.RostersDropped, whileOpen.OutboxPurged));
        Assert.Equal(3, (await fanOuts.GetRecipientsAsync(fanOut.Id, Ct)).Count);

        var series = (await store.Forums.GetSeriesAsync(fanOut.SeriesId, Ct))!;
        Assert.True(series.StartForum(1).Succeeded);
        Assert.True(series.CloseItem(fanOut.ItemId).Succeeded);
        await store.Forums.UpdateSeriesAsync(series, Ct);
        clock.Advance(OutboxKeep + TimeSpan.FromMinutes(1));

        var closed = await sweeper.SweepAsync(OutboxKeep, Ct);

        Assert.Equal((3, 1), (closed.RostersDropped, closed.OutboxPurged));
        Assert.Empty(await fanOuts.GetRecipientsAsync(fanOut.Id, Ct));
        Assert.Null(await store.Outbox.GetAsync(message.Id, Ct));
    }

    /// <summary>What the reports compute from the store: every item's results, respondents per item and participants per group.</summary>
    private static async Task<string> AggregatesAsync(StoreHarness store, ForumSeries series)
    {
        var parts = new List<object>();
        foreach (var item in series.Forums.SelectMany(f => f.Items))
        {
            var responses = await store.Forums.GetResponsesAsync(item.Id, Ct);
            var needs = await store.Forums.GetNeedsAsync(item.Id, Ct);
            var supports = await store.Forums.GetNeedSupportsAsync(item.Id, Ct);
            object results = item.Spec is Items.NeedsCollectionSpec
                ? ResultsCalculator.ComputeNeeds(item, needs, supports, series)
                : ResultsCalculator.Compute(item, responses, series);
            parts.Add(new
            {
                item.Key,
                results,
                respondents = responses.Select(r => r.RespondentKey).Concat(needs.Select(n => n.RespondentKey)).Distinct(StringComparer.Ordinal).Count(),
                groups = responses.Select(r => r.GroupKey).Concat(needs.Select(n => n.GroupKey)).Order(StringComparer.Ordinal),
            });
        }

        parts.Add(string.Join(',', (await store.Forums.GetParticipantsAsync(series.Id, Ct)).Select(p => p.GroupKey).Order(StringComparer.Ordinal)));
        return JsonSerializer.Serialize(parts);
    }
}
