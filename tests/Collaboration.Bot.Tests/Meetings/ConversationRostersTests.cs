using Collaboration.Bot.Delivery;
using Collaboration.Bot.Meetings;
using Collaboration.Web.Teams;
using Microsoft.Extensions.Time.Testing;

namespace Collaboration.Bot.Tests.Meetings;

/// <summary>
/// The pages' membership check reads a conversation's roster once for everyone: Teams counts every call against the
/// conversation's thread limit, so one lookup per person let a big meeting in at 60 people per half minute.
/// </summary>
public sealed class ConversationRostersTests : BotTest
{
    private readonly TeamsUser _moderator = TeamsUser.Create("Maria Moderatorin");
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-07T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());

    [Fact]
    public async Task A_thousand_people_opening_the_page_at_once_cost_three_roster_calls_within_Teams_limits()
    {
        var chat = await ChatWithSeriesAsync();
        var viewers = Enumerable.Range(1, 1200).Select(i => TeamsUser.Create($"Zuschauer {i:D4}")).ToList();
        Bot.Connector.AddMembers(chat.ConversationId, viewers.Select(Member));
        Bot.Connector.EnforceLimits(ConnectorLimits.Teams);
        var conversations = Bot.Services.GetRequiredService<ITeamsConversations>();

        var members = await Task.WhenAll(viewers.Select(v =>
            conversations.FindMemberAsync(chat.ConversationId, v.AadObjectId, TeamsActivities.TenantId, CancellationToken.None)));

        Assert.All(members.Zip(viewers), pair => Assert.Equal(pair.Second.Name, pair.First?.User.Name));
        Assert.Equal(3, RosterReads(chat));
        Assert.Equal(0, SingleMemberLookups(chat));
        Assert.Equal(0, Bot.Connector.ThrottledRequests);
    }

    [Fact]
    public async Task Someone_added_later_gets_in_once_the_roster_is_ten_seconds_old_and_strangers_cannot_make_it_be_read_sooner()
    {
        var chat = await ChatWithSeriesAsync();
        var (rosters, stored) = await RostersAsync(chat);
        var early = TeamsUser.Create("Erika Früh");
        var late = TeamsUser.Create("Lars Spät");
        Bot.Connector.AddMembers(chat.ConversationId, Member(early));
        Assert.NotNull(await rosters.FindAsync(chat.ConversationId, stored, early.AadObjectId, CancellationToken.None));

        Bot.Connector.AddMembers(chat.ConversationId, Member(late));
        _time.Advance(TimeSpan.FromSeconds(9));
        var tooSoon = await rosters.FindAsync(chat.ConversationId, stored, late.AadObjectId, CancellationToken.None);
        foreach (var _ in Enumerable.Range(0, 20))
        {
            Assert.Null(await rosters.FindAsync(chat.ConversationId, stored, Guid.NewGuid().ToString("D"), CancellationToken.None));
        }

        var readsBefore = RosterReads(chat);
        _time.Advance(TimeSpan.FromSeconds(1));
        var inTime = await rosters.FindAsync(chat.ConversationId, stored, late.AadObjectId, CancellationToken.None);

        Assert.Null(tooSoon);
        Assert.Equal(1, readsBefore);
        Assert.Equal("Lars Spät", inTime?.Name);
        Assert.Equal(2, RosterReads(chat));
    }

    [Fact]
    public async Task Someone_removed_from_the_chat_is_refused_once_the_roster_is_two_minutes_old()
    {
        var chat = await ChatWithSeriesAsync();
        var (rosters, stored) = await RostersAsync(chat);
        var leaving = TeamsUser.Create("Gerd Geht");
        Bot.Connector.AddMembers(chat.ConversationId, Member(leaving));
        Assert.NotNull(await rosters.FindAsync(chat.ConversationId, stored, leaving.AadObjectId, CancellationToken.None));

        Bot.Connector.RemoveMember(chat.ConversationId, leaving.Id);
        _time.Advance(ConversationRosters.Lifetime - TimeSpan.FromSeconds(1));
        var stillBelieved = await rosters.FindAsync(chat.ConversationId, stored, leaving.AadObjectId, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        var refused = await rosters.FindAsync(chat.ConversationId, stored, leaving.AadObjectId, CancellationToken.None);

        Assert.NotNull(stillBelieved);
        Assert.Null(refused);
    }

    [Fact]
    public async Task A_failed_roster_read_refuses_the_page_and_the_next_request_asks_Teams_again()
    {
        var chat = await ChatWithSeriesAsync();
        var viewer = TeamsUser.Create("Vera Viewer");
        Bot.Connector.AddMembers(chat.ConversationId, Member(viewer));
        var conversations = Bot.Services.GetRequiredService<ITeamsConversations>();
        Bot.Connector.FailNextRequests(1, new ConnectorFault(HttpStatusCode.ServiceUnavailable));

        var duringOutage = await conversations.FindMemberAsync(chat.ConversationId, viewer.AadObjectId, TeamsActivities.TenantId, CancellationToken.None);
        var afterwards = await conversations.FindMemberAsync(chat.ConversationId, viewer.AadObjectId, TeamsActivities.TenantId, CancellationToken.None);

        Assert.Null(duringOutage);
        Assert.Equal("Vera Viewer", afterwards?.User.Name);
        Assert.Equal(2, RosterReads(chat));
    }

    [Fact]
    public async Task A_token_of_another_tenant_finds_nobody_even_with_a_member_s_object_id()
    {
        var chat = await ChatWithSeriesAsync();
        var viewer = TeamsUser.Create("Vera Viewer");
        Bot.Connector.AddMembers(chat.ConversationId, Member(viewer));
        var conversations = Bot.Services.GetRequiredService<ITeamsConversations>();
        Assert.NotNull(await conversations.FindMemberAsync(chat.ConversationId, viewer.AadObjectId, TeamsActivities.TenantId, CancellationToken.None));

        var otherTenant = await conversations.FindMemberAsync(chat.ConversationId, viewer.AadObjectId, Guid.NewGuid().ToString("D"), CancellationToken.None);

        Assert.Null(otherTenant);
    }

    private async Task<TeamsActivities> ChatWithSeriesAsync()
    {
        var chat = Bot.NewChat();
        Assert.NotEmpty(await Bot.SayAsync(chat, _moderator, "serie anlegen " + BuiltInSeries.Name));
        return chat;
    }

    private async Task<(ConversationRosters Rosters, string Stored)> RostersAsync(TeamsActivities chat)
    {
        var stored = await Bot.Services.GetRequiredService<IConversationStore>().GetConversationReferenceAsync(chat.ConversationId, CancellationToken.None);
        return (new ConversationRosters(Bot.Services.GetRequiredService<IFanOutConnector>(), _time), stored!);
    }

    private static ConnectorMember Member(TeamsUser user) => new(user.Id, user.Name, user.AadObjectId, TenantId: TeamsActivities.TenantId);

    private int RosterReads(TeamsActivities chat) =>
        Bot.Connector.Requests.Count(r => r.Method == "GET" && Uri.UnescapeDataString(r.Path).Contains($"{chat.ConversationId}/pagedmembers", StringComparison.Ordinal));

    private int SingleMemberLookups(TeamsActivities chat) =>
        Bot.Connector.Requests.Count(r => r.Method == "GET" && Uri.UnescapeDataString(r.Path).Contains($"{chat.ConversationId}/members/", StringComparison.Ordinal));
}
