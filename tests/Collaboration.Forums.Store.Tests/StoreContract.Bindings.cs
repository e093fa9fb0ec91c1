using Collaboration.Forums.Store.Votes;
using Collaboration.Forums.Delivery;

namespace Collaboration.Forums.Store.Tests;

/// <summary>
/// A vote may be let in on this instance's kept tie of conversation and series (the binding, or a private send into a
/// personal chat); the batch that writes it checks the tie in its transaction, so a change on another instance reaches
/// the next vote here.
/// </summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task A_vote_let_in_on_a_kept_binding_that_another_instance_has_changed_since_is_not_written()
    {
        var (first, second) = await CreateTwoInstancesAsync();
        await using var one = first;
        await using var two = second;
        var (item, _) = await StartForumAndCloseOneItemAsync(one);
        var series = (await two.Forums.GetKeptSeriesOfItemAsync(item, Ct))!;
        var other = SampleSeries.Create();
        await one.Forums.AddSeriesAsync(other, Ct);
        await one.Conversations.BindSeriesAsync(BoundChat, series.Id, "{}", Ct);
        var voter = await one.Forums.SaveParticipantAsync(new Participant(Guid.NewGuid(), series.Id, "aad-anna", "Anna", "kommune", "Stadt", null, T0), Ct);
        Assert.Equal(series.Id, await two.Conversations.GetKeptBoundSeriesAsync(BoundChat, Ct));
        var tie = new ConversationTie(BoundChat, series.Id, SentInto: false);
        Assert.Equal(ResponseWrite.Inserted, await two.Forums.UpsertOpenResponseAsync(VoteOf(item, voter, 2), series, voter, tie, Ct));

        // The chat's moderator binds it to another series on the other instance.
        await one.Conversations.BindSeriesAsync(BoundChat, other.Id, "{}", Ct);
        var stillKept = await two.Conversations.GetKeptBoundSeriesAsync(BoundChat, Ct);
        var stale = await two.Forums.UpsertOpenResponseAsync(VoteOf(item, voter, 3), series, voter, tie, Ct);
        var fresh = await two.Conversations.GetKeptBoundSeriesAsync(BoundChat, Ct);

        // The kept binding is handed out without asking the database; the write checks it and writes nothing, and the
        // next look at the binding reads it as stored: the gate would now refuse the old series' card in this chat.
        Assert.Equal(series.Id, stillKept);
        Assert.Equal(ResponseWrite.Stale, stale);
        Assert.Equal(other.Id, fresh);
        Assert.Equal(new RatingAnswer(2), Assert.Single(await one.Forums.GetResponsesAsync(item, Ct)).Answer);
    }

    [Fact]
    public async Task A_vote_let_in_on_a_kept_private_send_whose_delivery_is_gone_since_is_not_written()
    {
        var (first, second) = await CreateTwoInstancesAsync();
        await using var one = first;
        await using var two = second;
        var (item, _) = await StartForumAndCloseOneItemAsync(one);
        var series = (await two.Forums.GetKeptSeriesOfItemAsync(item, Ct))!;
        var fanOuts = one.Services.GetRequiredService<IFanOutStore>();
        var fanOut = new FanOut(Guid.NewGuid(), series.Id, item, FanOutKind.Item, BoundChat, "{}", "moderator", T0);
        await fanOuts.AddAsync(fanOut, [], Ct);
        await fanOuts.AddRecipientsAsync(fanOut.Id, [FanOutRecipient.Of(fanOut.Id, new RosterMember("29:anna", "aad-anna", "Anna"))], Ct);
        Assert.True(await fanOuts.MarkSentAsync(fanOut.Id, "aad-anna", PersonalChat, "activity-1", Ct));
        var voter = await one.Forums.SaveParticipantAsync(new Participant(Guid.NewGuid(), series.Id, "aad-anna", "Anna", "kommune", "Stadt", null, T0), Ct);
        var keptOnTwo = two.Services.GetRequiredService<IFanOutStore>();
        Assert.True(await keptOnTwo.HasKeptSentIntoAsync(series.Id, PersonalChat, Ct));
        var tie = new ConversationTie(PersonalChat, series.Id, SentInto: true);
        Assert.Equal(ResponseWrite.Inserted, await two.Forums.UpsertOpenResponseAsync(VoteOf(item, voter, 2), series, voter, tie, Ct));

        // The delivery row goes on the other instance (here: the roster dropped by hand, as retention would once the item closed).
        await using (var db = await one.Services.GetRequiredService<IDbContextFactory<ForumDbContext>>().CreateDbContextAsync(Ct))
        {
            await db.FanOutRecipients.Where(r => r.FanOutId == fanOut.Id).ExecuteDeleteAsync(Ct);
        }

        var stillKept = await keptOnTwo.HasKeptSentIntoAsync(series.Id, PersonalChat, Ct);
        var stale = await two.Forums.UpsertOpenResponseAsync(VoteOf(item, voter, 3), series, voter, tie, Ct);
        var fresh = await keptOnTwo.HasKeptSentIntoAsync(series.Id, PersonalChat, Ct);

        Assert.True(stillKept);
        Assert.Equal(ResponseWrite.Stale, stale);
        Assert.False(fresh);
        Assert.Equal(new RatingAnswer(2), Assert.Single(await one.Forums.GetResponsesAsync(item, Ct)).Answer);
    }

    [Fact]
    public async Task A_batch_writes_the_votes_whose_ties_hold_and_only_those()
    {
        await using var store = await CreateStoreAsync();
        var (item, _) = await StartForumAndCloseOneItemAsync(store);
        var series = (await store.Forums.GetKeptSeriesOfItemAsync(item, Ct))!;
        await store.Conversations.BindSeriesAsync(BoundChat, series.Id, "{}", Ct);
        var holding = new ConversationTie(BoundChat, series.Id, SentInto: false);
        var notBound = new ConversationTie("19:elsewhere@thread.v2", series.Id, SentInto: false);
        var neverSent = new ConversationTie(PersonalChat, series.Id, SentInto: true);
        var revision = store.Services.GetRequiredService<SeriesSnapshots>().RevisionOf(series);
        PendingVote[] pending =
        [
            new(Vote(item, "p:1", 1), revision, tie: holding),
            new(Vote(item, "p:2", 2), revision, tie: notBound),
            new(Vote(item, "p:3", 3), revision, tie: neverSent),
            new(Vote(item, "p:4", 4), revision, tie: holding),
        ];

        await store.Services.GetRequiredService<VoteBatches>().WriteBatchAsync(pending, Ct);

        Assert.Equal([ResponseWrite.Inserted, ResponseWrite.Stale, ResponseWrite.Stale, ResponseWrite.Inserted], await Task.WhenAll(pending.Select(p => p.Written.Task)));
        Assert.Equal(["p:1", "p:4"], (await store.Forums.GetResponsesAsync(item, Ct)).Select(r => r.RespondentKey).Order(StringComparer.Ordinal));
    }

    private const string BoundChat = "19:forum@thread.v2";
    private const string PersonalChat = "a:personal-anna";
}
