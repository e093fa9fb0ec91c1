using Collaboration.Forums.Delivery;

namespace Collaboration.Forums.Store.Tests;

/// <summary>The fan-out part of the contract: a member is claimed by one instance at a time and never again once sent.</summary>
public abstract partial class StoreContract
{
    private static async Task<(IFanOutStore FanOuts, FanOut FanOut)> NewFanOutAsync(StoreHarness store, int members, bool rosterRead = true)
    {
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        var fanOuts = store.Services.GetRequiredService<IFanOutStore>();
        var fanOut = new FanOut(Guid.NewGuid(), series.Id, series.Forums[0].Items[0].Id, FanOutKind.Item, "19:chat@thread.v2", "{}", "moderator",
            DateTimeOffset.UtcNow.AddMinutes(-1));
        await fanOuts.AddAsync(fanOut, [], Ct);
        await fanOuts.AddRecipientsAsync(fanOut.Id, [.. Members(fanOut.Id, members)], Ct);
        if (rosterRead)
        {
            await fanOuts.CompleteRosterAsync(fanOut.Id, Ct);
        }

        return (fanOuts, fanOut);
    }

    private static IEnumerable<FanOutRecipient> Members(Guid fanOutId, int count) =>
        Enumerable.Range(1, count).Select(i => FanOutRecipient.Of(fanOutId, new RosterMember($"29:user-{i}", $"aad-{i}", $"Mitglied {i}")));

    [Fact]
    public async Task Concurrent_claimers_never_get_the_same_member()
    {
        await using var store = await CreateStoreAsync();
        var (fanOuts, _) = await NewFanOutAsync(store, 200);

        var claimers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            var mine = new List<string>();
            while (await fanOuts.ClaimAsync($"instance-{n}", 7, LongLease, Ct) is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(r => r.UserId));
            }

            return mine;
        }));
        var claimed = (await Task.WhenAll(claimers)).SelectMany(c => c).ToList();

        Assert.Equal(200, claimed.Count);
        Assert.Equal(200, claimed.Distinct().Count());
    }

    [Fact]
    public async Task A_sent_member_is_never_claimed_again_and_reading_the_roster_again_keeps_its_state()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var store = await CreateStoreAsync(clock);
        var (fanOuts, fanOut) = await NewFanOutAsync(store, 3);
        var first = Assert.Single(await fanOuts.ClaimAsync("instance-a", 1, ShortLease, Ct));
        Assert.True(await fanOuts.MarkSentAsync(fanOut.Id, first.UserId, "a:personal-1", "activity-1", Ct));

        await fanOuts.AddRecipientsAsync(fanOut.Id, [.. Members(fanOut.Id, 3)], Ct);
        clock.Advance(PastShortLease);

        var rest = await fanOuts.ClaimAsync("instance-b", 10, LongLease, Ct);
        Assert.Equal(2, rest.Count);
        Assert.DoesNotContain(first.UserId, rest.Select(r => r.UserId));
        var stored = (await fanOuts.GetRecipientsAsync(fanOut.Id, Ct)).Single(r => r.UserId == first.UserId);
        Assert.Equal((RecipientState.Sent, "a:personal-1", "activity-1"), (stored.State, stored.PersonalConversationId, stored.ActivityId));
        Assert.False(await fanOuts.MarkSentAsync(fanOut.Id, first.UserId, "a:personal-1", "activity-2", Ct));
    }

    [Fact]
    public async Task A_claim_comes_back_when_its_lease_runs_out_when_it_is_released_or_when_its_retry_is_due()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var store = await CreateStoreAsync(clock);
        var (fanOuts, fanOut) = await NewFanOutAsync(store, 3);
        var claimed = await fanOuts.ClaimAsync("crashed", 3, ShortLease, Ct);
        Assert.Empty(await fanOuts.ClaimAsync("other", 3, LongLease, Ct));

        clock.Advance(PastShortLease);
        var again = await fanOuts.ClaimAsync("other", 3, LongLease, Ct);
        Assert.Equal(claimed.Select(r => r.UserId).Order(), again.Select(r => r.UserId).Order());
        Assert.All(again, r => Assert.Equal(2, r.Attempts));

        await fanOuts.ReleaseClaimsAsync("other", Ct);
        await fanOuts.SaveConversationAsync(fanOut.Id, again[0].UserId, "a:personal-created", Ct);
        await fanOuts.DeferAsync(fanOut.Id, again[0].UserId, "429: throttled", clock.GetUtcNow().AddHours(1), Ct);
        Assert.Equal("a:personal-created", (await fanOuts.GetRecipientsAsync(fanOut.Id, Ct)).Single(r => r.UserId == again[0].UserId).PersonalConversationId);
        var released = await fanOuts.ClaimAsync("third", 3, LongLease, Ct);
        Assert.Equal(2, released.Count);
        Assert.DoesNotContain(again[0].UserId, released.Select(r => r.UserId));
    }

    [Fact]
    public async Task A_fan_out_completes_once_after_its_roster_is_read_and_no_member_is_pending()
    {
        await using var store = await CreateStoreAsync();
        var (fanOuts, fanOut) = await NewFanOutAsync(store, 2, rosterRead: false);
        foreach (var member in await fanOuts.ClaimAsync("instance-a", 2, LongLease, Ct))
        {
            Assert.True(await fanOuts.MarkSentAsync(fanOut.Id, member.UserId, "a:personal-" + member.UserId, "activity", Ct));
        }

        Assert.Empty(await fanOuts.CompleteFinishedAsync(Ct));
        await fanOuts.CompleteRosterAsync(fanOut.Id, Ct);

        var completing = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => fanOuts.CompleteFinishedAsync(Ct))));
        Assert.Equal([fanOut.Id], completing.SelectMany(c => c).Select(f => f.Id));
        Assert.NotNull((await fanOuts.GetAsync(fanOut.Id, Ct))!.CompletedAt);
        Assert.Equal(fanOut.SeriesId, await fanOuts.GetSeriesOfPersonalConversationAsync("a:personal-aad-1", Ct));
        Assert.Null(await fanOuts.GetSeriesOfPersonalConversationAsync("a:personal-nobody", Ct));
    }
}
