using Collaboration.Forums.Delivery;

namespace Collaboration.Forums.Store.Tests;

/// <summary>The fan-out queries the gate relies on: which series reached a personal chat, and an item's last fan-out from a chat.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task Only_a_series_that_delivered_into_a_personal_chat_counts_as_having_sent_there()
    {
        await using var store = await CreateStoreAsync();
        var (fanOuts, fanOut) = await NewFanOutAsync(store, 2);
        var claimed = await fanOuts.ClaimAsync("instance-a", 2, LongLease, Ct);
        Assert.True(await fanOuts.MarkSentAsync(fanOut.Id, claimed[0].UserId, "a:personal-sent", "activity-1", Ct));
        await fanOuts.SaveConversationAsync(fanOut.Id, claimed[1].UserId, "a:personal-created-only", Ct);

        Assert.True(await fanOuts.HasSentIntoAsync(fanOut.SeriesId, "a:personal-sent", Ct));
        Assert.False(await fanOuts.HasSentIntoAsync(fanOut.SeriesId, "a:personal-created-only", Ct));
        Assert.False(await fanOuts.HasSentIntoAsync(Guid.NewGuid(), "a:personal-sent", Ct));
    }

    [Fact]
    public async Task The_latest_fan_out_from_a_chat_is_the_newest_of_either_kind_from_that_chat_only()
    {
        await using var store = await CreateStoreAsync();
        var (fanOuts, sent) = await NewFanOutAsync(store, 1);
        var reminder = sent with { Id = Guid.NewGuid(), Kind = FanOutKind.Reminder, CreatedAt = sent.CreatedAt.AddSeconds(30), RemindsOf = sent.Id };
        var elsewhere = sent with { Id = Guid.NewGuid(), SourceConversationId = "19:other@thread.v2", CreatedAt = sent.CreatedAt.AddSeconds(40) };
        await fanOuts.AddAsync(reminder, [], Ct);
        await fanOuts.AddAsync(elsewhere, [], Ct);

        Assert.Equal(reminder.Id, (await fanOuts.GetLatestFromAsync(sent.ItemId, sent.SourceConversationId, Ct))?.Id);
        Assert.Equal(elsewhere.Id, (await fanOuts.GetLatestFromAsync(sent.ItemId, "19:other@thread.v2", Ct))?.Id);
        Assert.Null(await fanOuts.GetLatestFromAsync(sent.ItemId, "19:never@thread.v2", Ct));
    }
}
