namespace Collaboration.Forums.Store.Tests;

/// <summary>The meeting of a bound chat, and the claims that let one delivery of a meeting event act.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task A_bound_chat_keeps_its_meeting_and_an_unbound_one_keeps_nothing()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        await store.Conversations.BindSeriesAsync("19:meeting_a@thread.v2", series.Id, "{\"ref\":\"a\"}", Ct);

        var bound = await store.Conversations.RememberMeetingAsync("19:meeting_a@thread.v2", "MCM-a", Ct);
        var unbound = await store.Conversations.RememberMeetingAsync("19:meeting_b@thread.v2", "MCM-b", Ct);

        Assert.True(bound);
        Assert.False(unbound);
        Assert.Equal("MCM-a", await store.Conversations.GetMeetingIdAsync("19:meeting_a@thread.v2", Ct));
        Assert.Equal("{\"ref\":\"a\"}", await store.Conversations.GetReferenceOfMeetingAsync("MCM-a", Ct));
        Assert.Null(await store.Conversations.GetReferenceOfMeetingAsync("MCM-b", Ct));
    }

    [Fact]
    public async Task Of_concurrent_claims_of_one_meeting_event_exactly_one_wins_and_another_occurrence_is_new()
    {
        await using var store = await CreateStoreAsync();
        var series = SampleSeries.Create();
        await store.Forums.AddSeriesAsync(series, Ct);
        var events = store.Services.GetRequiredService<IMeetingEventLog>();
        var start = new DateTimeOffset(2026, 12, 5, 14, 0, 0, TimeSpan.Zero);
        var claim = new MeetingEventClaim("MCM-a", MeetingEventKind.Start, start, series.Id);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => events.ClaimAsync(claim, Ct)));
        var end = await events.ClaimAsync(claim with { Kind = MeetingEventKind.End }, Ct);
        var nextWeek = await events.ClaimAsync(claim with { OccurredAt = start.AddDays(7) }, Ct);

        Assert.Equal(1, claims.Count(c => c));
        Assert.True(end);
        Assert.True(nextWeek);
    }
}
